<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AppWindows</name>
    <message>
        <location filename="../weidian_desktop/ui/app_windows.py" line="49" />
        <source>{0} is open in this window.</source>
        <translation>{0} è aperto in questa finestra.</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="15" />
        <source>WeChat ID</source>
        <translation>ID WeChat</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="16" />
        <source>e.g. xiaoman_goods</source>
        <translation>es. xiaoman_goods</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="17" />
        <source>WhatsApp number</source>
        <translation>Numero WhatsApp</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="18" />
        <source>e.g. +86 138 0013 8000</source>
        <translation>es. +86 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="19" />
        <source>Phone for SMS</source>
        <translation>Telefono per SMS</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="20" />
        <source>e.g. +39 333 123 4567</source>
        <translation>es. +39 333 123 4567</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="21" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="22" />
        <source>e.g. orders@example.com</source>
        <translation>es. ordini@example.com</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="23" />
        <source>Telegram username</source>
        <translation>Nome utente Telegram</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="24" />
        <source>e.g. @xiaoman_goods</source>
        <translation>es. @xiaoman_goods</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="70" />
        <source>Your personal WeChat QR code, so buyers can add you (paste, drop or choose).</source>
        <translation>Il tuo codice QR personale di WeChat, perché i clienti possano aggiungerti (incollalo, trascinalo o sceglilo).</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="72" />
        <source>WeChat QR</source>
        <translation>QR WeChat</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="128" />
        <source>How buyers reach you</source>
        <translation>Come ti contattano i clienti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="129" />
        <source>Buyers send their orders through these channels. Fill in at least one.</source>
        <translation>I clienti ti mandano gli ordini attraverso questi canali. Compilane almeno uno.</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="232" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="236" />
        <source>Order on WeChat</source>
        <translation>Ordina su WeChat</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="268" />
        <source>White text on this colour is hard to read (contrast {0:.1f}:1, 4.5:1 is needed); choose a darker colour.</source>
        <translation>Il testo bianco su questo colore si legge male (contrasto {0:.1f}:1, serve 4,5:1); scegli un colore più scuro.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="276" />
        <source>Theme colour</source>
        <translation>Colore del tema</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="49" />
        <source>Columns of {0}</source>
        <translation>Colonne di {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="52" />
        <source>Tell Weidian Desktop which column holds what. Fields marked * are needed; the choice is remembered for this supplier.</source>
        <translation>Indica a Weidian Desktop cosa contiene ogni colonna. I campi con * sono obbligatori; la scelta viene ricordata per questo fornitore.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="58" />
        <source>(not in this file)</source>
        <translation>(non presente nel file)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="73" />
        <source>Image address columns</source>
        <translation>Colonne con gli indirizzi delle immagini</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="74" />
        <source>Variant option columns (size, colour…)</source>
        <translation>Colonne delle varianti (taglia, colore…)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="94" />
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="103" />
        <source>First lines of the file</source>
        <translation>Prime righe del file</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="145" />
        <source>Choose the column for: {0}</source>
        <translation>Scegli la colonna per: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Title *</source>
        <translation>Titolo *</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Price *</source>
        <translation>Prezzo *</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Product group (variants)</source>
        <translation>Gruppo prodotto (varianti)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Retail price</source>
        <translation>Prezzo al pubblico</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Stock quantity</source>
        <translation>Quantità in magazzino</translation>
    </message>
</context>
<context>
    <name>CouponEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="49" />
        <source>Letters, digits and dashes, like SPRING-10</source>
        <translation>Lettere, cifre e trattini, come PRIMAVERA-10</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="51" />
        <source>Percent off</source>
        <translation>Sconto percentuale</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="52" />
        <source>Amount off ({currency})</source>
        <translation>Sconto fisso ({currency})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="56" />
        <source>No minimum</source>
        <translation>Nessun minimo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>Until</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="60" />
        <source>The whole shop</source>
        <translation>Tutto il negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="61" />
        <source>A collection</source>
        <translation>Una collezione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A product</source>
        <translation>Un prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A drop</source>
        <translation>Un drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="67" />
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="70" />
        <source>Save coupon</source>
        <translation>Salva coupon</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="73" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="74" />
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="75" />
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="162" />
        <source>Minimum order</source>
        <translation>Ordine minimo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="79" />
        <source>For</source>
        <translation>Valido per</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="81" />
        <source>Maximum uses</source>
        <translation>Utilizzi massimi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="88" />
        <source>Times are on the shop's clock ({zone}). Uses are counted from recorded orders.</source>
        <translation>Gli orari seguono il fuso del negozio ({zone}). Gli utilizzi si contano dagli ordini registrati.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="184" />
        <source>Type a code for the coupon, then save it.</source>
        <translation>Scrivi un codice per il coupon, poi salvalo.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="190" />
        <source>Every change is saved.</source>
        <translation>Ogni modifica è salvata.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="191" />
        <source>Ready to save.</source>
        <translation>Pronto da salvare.</translation>
    </message>
</context>
<context>
    <name>DropEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="87" />
        <source>For example: Singles' Day bags</source>
        <translation>Per esempio: borse del Black Friday</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="92" />
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="93" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="99" />
        <source>Preview from</source>
        <translation>Anteprima dal</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="101" />
        <source>The next hours buyers are online (shop settings).</source>
        <translation>Le prossime fasce orarie in cui i clienti sono online (impostazioni del negozio).</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="106" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="107" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="119" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="110" />
        <source>Online hours…</source>
        <translation>Orari online…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="111" />
        <source>When your buyers are online: the suggested launch times.</source>
        <translation>Quando i clienti sono online: da qui gli orari di lancio suggeriti.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="113" />
        <source>Suggested launch</source>
        <translation>Lancio consigliato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="116" />
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="115" />
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="118" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Regular</source>
        <translation>Prezzo normale</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Drop price</source>
        <translation>Prezzo drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Made (cap)</source>
        <translation>Pezzi (limite)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="130" />
        <source>Save drop</source>
        <translation>Salva drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="138" />
        <source>Products (tick to include; empty price: regular price; empty cap: no limit)</source>
        <translation>Prodotti (spunta per includerli; prezzo vuoto: prezzo normale; limite vuoto: nessun limite)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="205" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="303" />
        <source>Name the drop and tick its products, then save it.</source>
        <translation>Dai un nome al drop e spunta i suoi prodotti, poi salvalo.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="310" />
        <source>Lasts {days} d {hours} h</source>
        <translation>Durata: {days} g {hours} h</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="313" />
        <source>on the shop's clock {start} to {end}</source>
        <translation>nel fuso del negozio dalle {start} alle {end}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Ready to save.</source>
        <translation>Pronto da salvare.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Every change is saved.</source>
        <translation>Ogni modifica è salvata.</translation>
    </message>
</context>
<context>
    <name>DropTimeline</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_timeline.py" line="31" />
        <source>Drops on the shop's clock; the red line is now.</source>
        <translation>I drop nel fuso del negozio; la linea rossa è adesso.</translation>
    </message>
</context>
<context>
    <name>DropsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="152" />
        <source>{left} of {made}</source>
        <translation>{left} su {made}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="191" />
        <source>{off} off from {minimum}</source>
        <translation>{off} di sconto da {minimum}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="194" />
        <source>{off} off</source>
        <translation>{off} di sconto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="199" />
        <source>{uses} of {limit}</source>
        <translation>{uses} su {limit}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="122" />
        <source>Left</source>
        <translation>Rimasti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>For</source>
        <translation>Valido per</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="171" />
        <source>Uses</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="35" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="36" />
        <source>Upcoming</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="37" />
        <source>Preview</source>
        <translation>In anteprima</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="38" />
        <source>Live</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="39" />
        <source>Sold out</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="40" />
        <source>Ended</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="41" />
        <source>Scheduled</source>
        <translation>Programmato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="42" />
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="43" />
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="44" />
        <source>Used up</source>
        <translation>Esaurito</translation>
    </message>
</context>
<context>
    <name>DropsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="103" />
        <source>New drop</source>
        <translation>Nuovo drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="104" />
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="132" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="105" />
        <source>Poster…</source>
        <translation>Locandina…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="106" />
        <source>QR code…</source>
        <translation>Codice QR…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="110" />
        <source>Times on the shop’s clock ({zone}).</source>
        <translation>Orari sull'orologio del negozio ({zone}).</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="131" />
        <source>New coupon</source>
        <translation>Nuovo coupon</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="139" />
        <source>Drops</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="140" />
        <source>Coupons</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="168" />
        <source>Whole shop</source>
        <translation>Tutto il negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="219" />
        <source>Add drop “{name}”</source>
        <translation>Aggiunta del drop «{name}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="223" />
        <source>Edit drop “{name}”</source>
        <translation>Modifica del drop «{name}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="235" />
        <source>Delete drop “{name}”</source>
        <translation>Eliminazione del drop «{name}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="254" />
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="270" />
        <source>Save the drop's poster</source>
        <translation>Salva la locandina del drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="271" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="274" />
        <source>Save the drop's QR code</source>
        <translation>Salva il codice QR del drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="275" />
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="302" />
        <source>Add coupon {code}</source>
        <translation>Aggiunta del coupon {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="306" />
        <source>Edit coupon {code}</source>
        <translation>Modifica del coupon {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="319" />
        <source>Delete coupon {code}</source>
        <translation>Eliminazione del coupon {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_outputs.py" line="49" />
        <source>Saving {name}…</source>
        <translation>Salvataggio di {name}…</translation>
    </message>
</context>
<context>
    <name>EmptyShop</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="25" />
        <source>Your shop has no products yet</source>
        <translation>Il tuo negozio non ha ancora prodotti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="31" />
        <source>Start from a supplier's catalogue, or type a product in yourself. Not sure yet? The demo shop shows a finished one.</source>
        <translation>Parti dal catalogo di un fornitore o inserisci tu un prodotto. Non sai ancora? Il negozio dimostrativo ne mostra uno finito.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="36" />
        <source>Import a stocklist</source>
        <translation>Importa un listino</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="37" />
        <source>A supplier's CSV, Shopify, WooCommerce or Merchant file</source>
        <translation>Un file CSV, Shopify, WooCommerce o Merchant del fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="38" />
        <source>Add a product</source>
        <translation>Aggiungi un prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="39" />
        <source>Type it in and paste its photos</source>
        <translation>Scrivilo e incolla le sue foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="40" />
        <source>Open the demo shop</source>
        <translation>Apri il negozio dimostrativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="41" />
        <source>Look around a finished shop first</source>
        <translation>Guarda prima un negozio finito</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="231" />
        <source>Export folder</source>
        <translation>Cartella di esportazione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="77" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="84" />
        <source>Shop address</source>
        <translation>Indirizzo web del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="85" />
        <source>Also write a zip file beside the folder</source>
        <translation>Crea anche un file zip accanto alla cartella</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="87" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="139" />
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="88" />
        <source>Shop address (base URL):</source>
        <translation>Indirizzo del negozio (URL di base):</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="90" />
        <source>Export the shop</source>
        <translation>Esporta il negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Pages:</source>
        <translation>Pagine:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Files:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="145" />
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="147" />
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="149" />
        <source>Publish…</source>
        <translation>Pubblica…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="151" />
        <source>Open folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="187" />
        <source>This download has no phone preview (Qt WebEngine would make it some 200 MB larger); “Open in browser” shows the exported shop.</source>
        <translation>Questa versione scaricabile non ha l’anteprima smartphone (Qt WebEngine la renderebbe più grande di circa 200 MB); “Apri nel browser” mostra il negozio esportato.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="268" />
        <source>Exported: {0} pages, {1} files, {2} in {3} s.</source>
        <translation>Esportato: {0} pagine, {1} file, {2} in {3} s.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="274" />
        <source>{0} written, {1} unchanged, {2} deleted; {3} images encoded</source>
        <translation>{0} scritti, {1} invariati, {2} eliminati; {3} immagini codificate</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="279" />
        <source>(zip: {0})</source>
        <translation>(zip: {0})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="280" />
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="286" />
        <source>Files written ({0})</source>
        <translation>File scritti ({0})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="306" />
        <source>Type where the shop goes: {0}</source>
        <translation>Scrivi dove va il negozio: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="96" />
        <source>The shop is written as plain web pages: put the folder on any web host, or open it from disk.</source>
        <translation>Il negozio viene scritto come semplici pagine web: carica la cartella su qualsiasi hosting oppure aprila dal disco.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="166" />
        <source>Files written</source>
        <translation>File scritti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="190" />
        <source>The phone preview needs Qt WebEngine: install Weidian Desktop with the “preview” extra ({0}).</source>
        <translation>L'anteprima da telefono richiede Qt WebEngine: installa Weidian Desktop con l'extra «preview» ({0}).</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="253" />
        <source>Exporting the shop…</source>
        <translation>Esportazione del negozio…</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="122" />
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="121" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="85" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="124" />
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="96" />
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="97" />
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="109" />
        <source>Every language</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="115" />
        <source>shipping, delivery, 发货, spedizione</source>
        <translation>spedizione, consegna, shipping, 发货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="118" />
        <source>Save entry</source>
        <translation>Salva voce</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="123" />
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="127" />
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="131" />
        <source>Type a question as a buyer would…</source>
        <translation>Scrivi una domanda come la farebbe un cliente…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="136" />
        <source>Try the Ask box</source>
        <translation>Prova la casella «Chiedi»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="159" />
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="196" />
        <source>The shop's Ask box shows the best answers here.</source>
        <translation>Qui compaiono le risposte migliori che mostrerebbe la casella «Chiedi» del negozio.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="200" />
        <source>No answer: the buyer is offered to send the question to you.</source>
        <translation>Nessuna risposta: al cliente viene proposto di mandarti la domanda.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="228" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="217" />
        <source>Add FAQ entry</source>
        <translation>Aggiunta di una FAQ</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="223" />
        <source>Edit FAQ entry</source>
        <translation>Modifica di una FAQ</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="233" />
        <source>Delete FAQ entry</source>
        <translation>Eliminazione di una FAQ</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="61" />
        <source>Reorder FAQ</source>
        <translation>Riordino delle FAQ</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="28" />
        <source>&amp;New Shop…</source>
        <translation>&amp;Nuovo negozio…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="29" />
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="30" />
        <source>Save a &amp;Copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="32" />
        <source>&amp;Close Shop</source>
        <translation>&amp;Chiudi negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="34" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="35" />
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="70" />
        <source>Clear Menu</source>
        <translation>Svuota elenco</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="72" />
        <source>No recent shops</source>
        <translation>Nessun negozio recente</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="77" />
        <source>Open a shop</source>
        <translation>Apri un negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="78" />
        <source>Weidian shops (*.weidian);;All files (*)</source>
        <translation>Negozi Weidian (*.weidian);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="90" />
        <source>Save a copy of the shop</source>
        <translation>Salva una copia del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="91" />
        <source>Weidian shops (*.weidian)</source>
        <translation>Negozi Weidian (*.weidian)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="105" />
        <source>Saved a copy as {0}</source>
        <translation>Copia salvata come {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="107" />
        <source>Saving a copy…</source>
        <translation>Salvataggio della copia…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Listing</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="60" />
        <source>Finding</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="62" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="80" />
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>All findings</source>
        <translation>Tutti i problemi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Content</source>
        <translation>Contenuti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Counterfeit wording and brands</source>
        <translation>Parole da contraffazione e marchi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="144" />
        <source>Freshness</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="147" />
        <source>Check again</source>
        <translation>Ricontrolla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="149" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="173" />
        <source>Brand watch list</source>
        <translation>Marchi sorvegliati</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="175" />
        <source>Brands you must not name unless the goods are genuine, one per line. Listings that mention them get a warning.</source>
        <translation>Marchi che non puoi nominare se la merce non è originale, uno per riga. Le schede che li citano ricevono un avviso.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="180" />
        <source>Save list</source>
        <translation>Salva elenco</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="216" />
        <source>{0} across {1} products. Errors make the check fail; warnings do not.</source>
        <translation>{0} su {1} prodotti. Gli errori fanno fallire il controllo; gli avvisi no.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="206" />
        <source>{0} / 100</source>
        <translation>{0}/100</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="212" />
        <source>{0} errors · {1} warnings</source>
        <translation>Errori: {0} · Avvisi: {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="214" />
        <source>{0} notes</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="96" />
        <source>Change the brand watch list</source>
        <translation>Modifica dei marchi sorvegliati</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="73" />
        <source>Weidian Desktop Help</source>
        <translation>Guida di Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="83" />
        <source>The help text is not installed with this copy of Weidian Desktop.</source>
        <translation>La guida non è installata con questa copia di Weidian Desktop.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="83" />
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="85" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="87" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="126" />
        <source>Drop an image here</source>
        <translation>Trascina qui un'immagine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="146" />
        <source>Preparing the image…</source>
        <translation>Preparazione dell'immagine…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="154" />
        <source>The clipboard holds no image or image file.</source>
        <translation>Negli appunti non c'è un'immagine né un file immagine.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="164" />
        <source>Choose an image</source>
        <translation>Scegli un'immagine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="165" />
        <source>Images ({0})</source>
        <translation>Immagini ({0})</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="74" />
        <source>Paste (Ctrl+V) or drop photos here; drag to reorder. The first image is the cover.</source>
        <translation>Incolla (Ctrl+V) o trascina qui le foto; trascinale per riordinarle. La prima è la copertina.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="82" />
        <source>Cover</source>
        <translation>Copertina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="85" />
        <source>No alt text yet</source>
        <translation>Ancora senza testo alternativo</translation>
    </message>
</context>
<context>
    <name>ImportDiffDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="190" />
        <source>Import into {0}</source>
        <translation>Importa in {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="199" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuovo</numerusform>
            <numerusform>%n nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="200" />
        <source>%n price change(s)</source>
        <translation>
            <numerusform>%n prezzo cambiato</numerusform>
            <numerusform>%n prezzi cambiati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="201" />
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n altra modifica</numerusform>
            <numerusform>%n altre modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="202" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n fuori catalogo</numerusform>
            <numerusform>%n fuori catalogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="203" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="204" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n riga saltata</numerusform>
            <numerusform>%n righe saltate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="205" />
        <source>{0}: {1}, {2}.</source>
        <translation>{0}: {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="207" />
        <source>This import brings: {0}.</source>
        <translation>Questa importazione porta: {0}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <source>Old price</source>
        <translation>Prezzo precedente</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="216" />
        <source>New price</source>
        <translation>Nuovo prezzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>In shop</source>
        <translation>Nel negozio</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="221" />
        <source>%n picked product(s): flagged</source>
        <translation>
            <numerusform>%n prodotto scelto: segnalato</numerusform>
            <numerusform>%n prodotti scelti: segnalati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="230" />
        <source>New (%n)</source>
        <translation>
            <numerusform>Nuovi (%n)</numerusform>
            <numerusform>Nuovi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="231" />
        <source>Price changes (%n)</source>
        <translation>
            <numerusform>Prezzi cambiati (%n)</numerusform>
            <numerusform>Prezzi cambiati (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="232" />
        <source>Discontinued (%n)</source>
        <translation>
            <numerusform>Fuori catalogo (%n)</numerusform>
            <numerusform>Fuori catalogo (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="233" />
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemi (%n)</numerusform>
            <numerusform>Problemi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="242" />
        <source>Products you picked follow the supplier's changes, except the fields you edited yourself. An import cannot be undone; Cancel during the import leaves the shop as it was.</source>
        <translation>I prodotti che hai scelto seguono le modifiche del fornitore, tranne i campi che hai modificato tu. L'importazione non si può annullare; se premi Annulla durante l'importazione il negozio resta com'era.</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="260" />
        <source>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</source>
        <translation>
            <numerusform>Questo file non elenca %n degli articoli che {0} ha ora. Importandolo diventa fuori catalogo e i prodotti presi da esso vengono segnalati.</numerusform>
            <numerusform>Questo file non elenca %n degli articoli che {0} ha ora. Importandolo diventano fuori catalogo e i prodotti presi da essi vengono segnalati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="266" />
        <source>Yes, mark {0} of the {1} items of {2} discontinued</source>
        <translation>Sì, metti fuori catalogo {0} dei {1} articoli di {2}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="73" />
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation>L'importazione si è interrotta per un errore imprevisto ({0}); non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="98" />
        <source>Reading {0}…</source>
        <translation>Lettura di {0}…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="144" />
        <source>Comparing {0} with the stocklist…</source>
        <translation>Confronto di {0} con il listino…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="159" />
        <source>Keeping a copy of the shop as it was…</source>
        <translation>Copia di sicurezza del negozio com'era…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="160" />
        <source>Importing {0}…</source>
        <translation>Importazione di {0}…</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="70" />
        <source>Import {0}</source>
        <translation>Importa {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="79" />
        <source>{0} (detected)</source>
        <translation>{0} (rilevato)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="83" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="85" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="95" />
        <source>Supplier</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="96" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="97" />
        <source>Currency of the prices</source>
        <translation>Valuta dei prezzi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="99" />
        <source>Language of the titles</source>
        <translation>Lingua dei titoli</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="104" />
        <source>Read file</source>
        <translation>Leggi il file</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="125" />
        <source>As the file states.</source>
        <translation>Come indica il file.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="126" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="136" />
        <source>As in this supplier's last import.</source>
        <translation>Come nell'ultima importazione di questo fornitore.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="127" />
        <source>The file does not say: choose the currency its prices are in.</source>
        <translation>Il file non lo dice: scegli la valuta dei suoi prezzi.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="135" />
        <source>Recognised from the titles.</source>
        <translation>Riconosciuta dai titoli.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="137" />
        <source>Not recognised: choose the language the titles are written in.</source>
        <translation>Non riconosciuta: scegli la lingua in cui sono scritti i titoli.</translation>
    </message>
</context>
<context>
    <name>LabelChoices</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="48" />
        <source>Labels of each product, side by side.</source>
        <translation>Etichette per ogni prodotto, una accanto all'altra.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="49" />
        <source>Cut lines (for plain paper)</source>
        <translation>Linee di taglio (per carta normale)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="52" />
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="53" />
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="56" />
        <source>Label stock</source>
        <translation>Fogli di etichette</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="57" />
        <source>Copies</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="63" />
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="182" />
        <source>Default:</source>
        <translation>Predefinita:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="34" />
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="36" />
        <source>Weidian Desktop is free software under the MIT licence. It uses Qt under the GNU LGPL version 3: the Qt libraries are separate files in the app's folder, which you may replace with your own build of the same version. The licences of everything else it contains follow.</source>
        <translation>Weidian Desktop è software libero con licenza MIT. Usa Qt con la GNU LGPL versione 3: le librerie Qt sono file separati nella cartella dell’app, che puoi sostituire con una tua compilazione della stessa versione. Seguono le licenze di tutto ciò che contiene.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="48" />
        <source>The licence files are missing from this installation.</source>
        <translation>In questa installazione mancano i file delle licenze.</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="89" />
        <source>Prices, languages and look</source>
        <translation>Prezzi, lingue e aspetto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="90" />
        <source>The currency of your prices, the languages of your shop and its colour.</source>
        <translation>La valuta dei prezzi, le lingue del negozio e il suo colore.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="98" />
        <source>Drops open and close, and posts are published, on this clock.</source>
        <translation>I drop si aprono e si chiudono, e i post vengono pubblicati, secondo questo fuso orario.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="106" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="107" />
        <source>Shop languages</source>
        <translation>Lingue del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="110" />
        <source>Theme colour</source>
        <translation>Colore del tema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="108" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="67" />
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="78" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="80" />
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="82" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="87" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="92" />
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="93" />
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="94" />
        <source>Weidian Desktop &amp;Help</source>
        <translation>&amp;Guida di Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="97" />
        <source>&amp;Report a problem…</source>
        <translation>&amp;Segnala un problema…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="98" />
        <source>Copy the version and system details to paste into a report</source>
        <translation>Copia la versione e i dati del sistema da incollare in una segnalazione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="101" />
        <source>&amp;About Weidian Desktop</source>
        <translation>&amp;Informazioni su Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="136" />
        <source>Opened {0}</source>
        <translation>Aperto {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="147" />
        <source>Closed {0}; every change was saved.</source>
        <translation>{0} chiuso; tutte le modifiche sono state salvate.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="179" />
        <location filename="../weidian_desktop/ui/main_window.py" line="222" />
        <source>Weidian Desktop</source>
        <translation>Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="184" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="215" />
        <source>Writing the demo shop…</source>
        <translation>Creazione del negozio dimostrativo…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="241" />
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="242" />
        <source>The version of Weidian Desktop and of your system are on the clipboard. Paste them into your message, then say what you did, what you expected and what happened instead.</source>
        <translation>Le versioni di Weidian Desktop e del sistema sono negli appunti. Incollale nel tuo messaggio, poi racconta cosa hai fatto, cosa ti aspettavi e cosa è successo invece.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="253" />
        <source>About Weidian Desktop</source>
        <translation>Informazioni su Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="254" />
        <source>&lt;h3&gt;Weidian Desktop {0}&lt;/h3&gt;&lt;p&gt;Build a mobile shop offline: one shop file in, a static HTML5 shop out.&lt;/p&gt;&lt;p&gt;Your shop stays on this computer; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Weidian Desktop {0}&lt;/h3&gt;&lt;p&gt;Crea un negozio per smartphone senza connessione: entra un file del negozio, esce un negozio HTML5 statico.&lt;/p&gt;&lt;p&gt;Il tuo negozio resta su questo computer; non viene inviato nulla.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="257" />
        <source>Qt {0} · Qt for Python {1} · free software under the MIT licence</source>
        <translation>Qt {0} · Qt for Python {1} · software libero con licenza MIT</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="261" />
        <source>&amp;Licences…</source>
        <translation>&amp;Licenze…</translation>
    </message>
</context>
<context>
    <name>MarginPreviewModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Supplier price</source>
        <translation>Prezzo fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Shop price</source>
        <translation>Prezzo nel negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="45" />
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="68" />
        <source>{0} ({1:.1f}%)</source>
        <translation>{0} ({1:.1f}%)</translation>
    </message>
</context>
<context>
    <name>OnlineHoursDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="47" />
        <source>{piece!r} is not a window like 08:00-10:00.</source>
        <translation>{piece!r} non è una fascia oraria come 08:00-10:00.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="63" />
        <source>Change online hours</source>
        <translation>Modifica degli orari online</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="80" />
        <source>Hours buyers are online</source>
        <translation>Orari in cui i clienti sono online</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="95" />
        <source>Windows</source>
        <translation>Fasce orarie</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="96" />
        <source>On the clock of</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="98" />
        <source>Launch and publish times are suggested at the start of each window.</source>
        <translation>I lanci e le pubblicazioni vengono suggeriti all'inizio di ogni fascia.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="123" />
        <source>On the shop's clock ({zone}) today: {windows}</source>
        <translation>Oggi nel fuso del negozio ({zone}): {windows}</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Ordered from supplier</source>
        <translation>Ordinato al fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Shipped…</source>
        <translation>Spedito…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="40" />
        <source>Cancel order</source>
        <translation>Annulla ordine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="50" />
        <source>Order confirmed</source>
        <translation>Ordine confermato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="51" />
        <source>Shipped, with tracking number</source>
        <translation>Spedito, con numero di tracciamento</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="52" />
        <source>Arrived</source>
        <translation>Arrivato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="53" />
        <source>How to use</source>
        <translation>Consigli d'uso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="55" />
        <source>Copy message for the chat</source>
        <translation>Copia il messaggio per la chat</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="57" />
        <source>Edit wording…</source>
        <translation>Modifica il testo…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="61" />
        <source>Message:</source>
        <translation>Messaggio:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="81" />
        <source>Paste a buyer's order message here (Ctrl+V or the Paste order button), or select an order.</source>
        <translation>Incolla qui il messaggio d'ordine di un cliente (Ctrl+V o il pulsante Incolla ordine) oppure seleziona un ordine.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="95" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="107" />
        <source>History (this computer’s clock)</source>
        <translation>Cronologia (ora di questo computer)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="108" />
        <source>Message as pasted</source>
        <translation>Messaggio come incollato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="114" />
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="115" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="116" />
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="117" />
        <source>Tracking number</source>
        <translation>Numero di tracciamento</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="67" />
        <source>Paste order</source>
        <translation>Incolla ordine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="68" />
        <source>Record the order in the message on the clipboard (Ctrl+V)</source>
        <translation>Registra l'ordine contenuto nel messaggio negli appunti (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="71" />
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="76" />
        <source>Search reference, buyer, phone, SKU, title</source>
        <translation>Cerca per riferimento, cliente, telefono, SKU, titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="79" />
        <source>Purchase orders…</source>
        <translation>Ordini d'acquisto…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per product</source>
        <translation>per prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per drop</source>
        <translation>per drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="103" />
        <source>per campaign tag</source>
        <translation>per tag di campagna</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="113" />
        <source>Sales of orders not cancelled</source>
        <translation>Vendite degli ordini non annullati</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="120" />
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="121" />
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="179" />
        <source>The clipboard holds no text: copy the buyer's whole message first.</source>
        <translation>Negli appunti non c'è testo: copia prima l'intero messaggio del cliente.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="185" />
        <source>Not recorded: {0}</source>
        <translation>Non registrato: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="188" />
        <source>Order {0} was already recorded; nothing changed.</source>
        <translation>L'ordine {0} era già registrato: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="196" />
        <source>Recorded order {0}; check:</source>
        <translation>Ordine {0} registrato; controlla:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="199" />
        <source>Recorded order {0}.</source>
        <translation>Ordine {0} registrato.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="213" />
        <source>Orders → {0}</source>
        <translation>Ordini → {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="223" />
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="224" />
        <source>Tracking number (optional):</source>
        <translation>Numero di tracciamento (facoltativo):</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="233" />
        <source>Copied to the clipboard: {0}</source>
        <translation>Copiato negli appunti: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="238" />
        <source>Message wording</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="239" />
        <source>Placeholders: {name} {reference} {items} {total} {tracking} {shop}. Leave empty for the standard wording.</source>
        <translation>Segnaposto: {name} {reference} {items} {total} {tracking} {shop}. Lascia vuoto per il testo standard.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="257" />
        <source>Wrote {0}.</source>
        <translation>Scritto {0}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="261" />
        <source>Orders → ordered</source>
        <translation>Ordini → ordinati</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="266" />
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="273" />
        <source>Purchase orders</source>
        <translation>Ordini d'acquisto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="268" />
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="274" />
        <source>Mark these {0} orders as ordered from the supplier?</source>
        <translation>Segnare questi {0} ordini come ordinati al fornitore?</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Date (this computer)</source>
        <translation>Data (questo PC)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="30" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Buyer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>requested</source>
        <translation>richiesto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>ordered</source>
        <translation>ordinato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>shipped</source>
        <translation>spedito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>OrdersUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_undo.py" line="31" />
        <source>Record order {0}</source>
        <translation>Registrazione ordine {0}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="99" />
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="100" />
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="101" />
        <source>Stocklists</source>
        <translation>Listini fornitori</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="102" />
        <source>Drops &amp; coupons</source>
        <translation>Drop e coupon</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="103" />
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="104" />
        <source>Posts</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="105" />
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="106" />
        <source>Health</source>
        <translation>Controllo schede</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="107" />
        <source>QR &amp; posters</source>
        <translation>QR e locandine</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="109" />
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="156" />
        <source>Shop preview</source>
        <translation>Anteprima del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="161" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="163" />
        <source>Shop home</source>
        <translation>Home del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="165" />
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="167" />
        <source>Phone preview</source>
        <translation>Anteprima da telefono</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="174" />
        <source>Export the shop to see it here at a phone's width.</source>
        <translation>Esporta il negozio per vederlo qui alla larghezza di un telefono.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="241" />
        <source>The preview stays offline; open the shop in the browser to follow {0}</source>
        <translation>L'anteprima resta offline; apri il negozio nel browser per seguire {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="246" />
        <source>The preview stopped; press Reload to show the shop again.</source>
        <translation>L'anteprima si è fermata; premi Ricarica per mostrare di nuovo il negozio.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="54" />
        <source>Choose photos</source>
        <translation>Scegli le foto</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="90" />
        <source>Pick %n item(s) into the shop</source>
        <translation>
            <numerusform>Aggiungi %n articolo al negozio</numerusform>
            <numerusform>Aggiungi %n articoli al negozio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>no rounding</source>
        <translation>nessun arrotondamento</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>up to .99</source>
        <translation>per eccesso a ,99</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to .90</source>
        <translation>per eccesso a ,90</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to whole units</source>
        <translation>per eccesso all'unità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="112" />
        <source>Carry the supplier's stock counts (default: products are on request)</source>
        <translation>Riporta le quantità del fornitore (altrimenti i prodotti sono su richiesta)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="115" />
        <source>Markup</source>
        <translation>Ricarico</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="116" />
        <source>Plus a fixed amount</source>
        <translation>Più un importo fisso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="117" />
        <source>Rounding</source>
        <translation>Arrotondamento</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="119" />
        <source>Exchange rate {0} → {1}</source>
        <translation>Tasso di cambio {0} → {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="135" />
        <source>Pick</source>
        <translation>Aggiungi al negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="140" />
        <source>Margin per product (before shipping and fees)</source>
        <translation>Margine per prodotto (prima di spedizione e commissioni)</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Short post</source>
        <translation>Post breve</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="90" />
        <source>Product recommendation</source>
        <translation>Prodotto consigliato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="91" />
        <source>9-photo post</source>
        <translation>Post da 9 foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="98" />
        <source>Every language</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="105" />
        <source>Buyers online at…</source>
        <translation>Clienti online alle…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="116" />
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="117" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="127" />
        <source>Add photos…</source>
        <translation>Aggiungi foto…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="128" />
        <source>Remove photo</source>
        <translation>Rimuovi foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="129" />
        <source>Alt text…</source>
        <translation>Testo alt…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="134" />
        <source>Save post</source>
        <translation>Salva post</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="139" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="140" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="141" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="142" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="143" />
        <source>Publish at</source>
        <translation>Pubblica il</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="144" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="145" />
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="146" />
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="185" />
        <source>(no alt text)</source>
        <translation>(nessun testo alternativo)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Alt text</source>
        <translation>Testo alternativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Describe the photo</source>
        <translation>Descrivi la foto</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Publish at (shop’s clock)</source>
        <translation>Pubblicazione (ora del negozio)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="79" />
        <source>New post</source>
        <translation>Nuovo post</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="80" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="109" />
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="110" />
        <source>scheduled</source>
        <translation>programmato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="111" />
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="160" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="151" />
        <source>Add post</source>
        <translation>Aggiunta del post</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="155" />
        <source>Edit post</source>
        <translation>Modifica del post</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="165" />
        <source>Delete post</source>
        <translation>Eliminazione del post</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="36" />
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="40" />
        <source>Pseudo-language (layout check)</source>
        <translation>Pseudolingua (verifica del layout)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="52" />
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="62" />
        <source>Language of the app</source>
        <translation>Lingua dell'app</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="63" />
        <source>The new language is used once Weidian Desktop starts again.</source>
        <translation>La nuova lingua si usa quando Weidian Desktop si riavvia.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="87" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="88" />
        <source>Weidian Desktop speaks the new language after a restart. Every change is already saved, and the shop opens again.</source>
        <translation>Weidian Desktop userà la nuova lingua dopo il riavvio. Ogni modifica è già salvata e il negozio si riapre.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="91" />
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="93" />
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="78" />
        <source>What buyers see first, e.g. 真丝围巾 silk scarf</source>
        <translation>Ciò che i clienti vedono per primo, es. Foulard di seta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="85" />
        <source>Plain text; an empty line starts a new paragraph.</source>
        <translation>Testo semplice; una riga vuota inizia un nuovo paragrafo.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="93" />
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="94" />
        <source>The earlier price, shown struck through</source>
        <translation>Il prezzo precedente, mostrato barrato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="97" />
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="242" />
        <source>Compare at</source>
        <translation>Prezzo barrato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>On request</source>
        <translation>Su richiesta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>In stock</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="102" />
        <source>Sold out</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="105" />
        <source> in stock</source>
        <translation> disponibili</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Draft (not in the shop)</source>
        <translation>Bozza (non nel negozio)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="122" />
        <source>separated by commas</source>
        <translation>separati da virgole</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="126" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="127" />
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="128" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="129" />
        <source>Translations</source>
        <translation>Traduzioni</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="174" />
        <source>Price ({0})</source>
        <translation>Prezzo ({0})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="239" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="269" />
        <source>Not saved: the lower price waits for you to correct it or to save it again.</source>
        <translation>Non salvato: correggi il prezzo più basso o salvalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="306" />
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="309" />
        <source>%n price(s) fall to less than half:</source>
        <translation>
            <numerusform>%n prezzo scende a meno della metà:</numerusform>
            <numerusform>%n prezzi scendono a meno della metà:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="311" />
        <source>Save the lower price?</source>
        <translation>Salvare il prezzo più basso?</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="315" />
        <source>Lower the price?</source>
        <translation>Abbassare il prezzo?</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="317" />
        <source>Save the lower price</source>
        <translation>Salva il prezzo più basso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="318" />
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="134" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="135" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="136" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="137" />
        <source>Collections</source>
        <translation>Collezioni</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="138" />
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="139" />
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="150" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="153" />
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="195" />
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="237" />
        <source>Give the product a price.</source>
        <translation>Dai un prezzo al prodotto.</translation>
    </message>
</context>
<context>
    <name>ProductImagesPanel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="68" />
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="69" />
        <source>Add photos from files</source>
        <translation>Aggiungi foto da file</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="71" />
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="72" />
        <source>Paste photos ({0})</source>
        <translation>Incolla foto ({0})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="76" />
        <source>Cover</source>
        <translation>Copertina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="77" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="107" />
        <source>Make the selected photo the cover</source>
        <translation>Usa la foto selezionata come copertina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="79" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="108" />
        <source>Alt text…</source>
        <translation>Alt…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="80" />
        <source>Describe the photo for buyers who cannot see it</source>
        <translation>Descrivi la foto per i clienti che non possono vederla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="82" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="109" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="162" />
        <source>The clipboard holds no image or image file.</source>
        <translation>Negli appunti non c'è un'immagine né un file immagine.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="168" />
        <source>Add photos</source>
        <translation>Aggiungi foto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="169" />
        <source>Images ({0})</source>
        <translation>Immagini ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="180" />
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Aggiunta di %n foto…</numerusform>
            <numerusform>Aggiunta di %n foto…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="223" />
        <source>Alt text</source>
        <translation>Testo alternativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="224" />
        <source>Describe the photo for buyers who cannot see it:</source>
        <translation>Descrivi la foto per i clienti che non possono vederla:</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="66" />
        <source>Search title, SKU or tag</source>
        <translation>Cerca titolo, SKU o tag</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="69" />
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="71" />
        <source>Edit selected</source>
        <translation>Modifica selezione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="75" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="175" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n prodotto</numerusform>
            <numerusform>%n prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="286" />
        <source>Change the price of %n product(s) by {0}%</source>
        <translation>
            <numerusform>Variazione del {0}% sul prezzo di %n prodotto</numerusform>
            <numerusform>Variazione del {0}% sul prezzo di %n prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="293" />
        <source>Publish %n product(s)</source>
        <translation>
            <numerusform>Pubblicazione di %n prodotto</numerusform>
            <numerusform>Pubblicazione di %n prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="294" />
        <source>Make %n product(s) drafts</source>
        <translation>
            <numerusform>Ritorno in bozza di %n prodotto</numerusform>
            <numerusform>Ritorno in bozza di %n prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="300" />
        <source>Add %n product(s) to {0}</source>
        <translation>
            <numerusform>Aggiunta di %n prodotto a {0}</numerusform>
            <numerusform>Aggiunta di %n prodotti a {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="307" />
        <source>Change price by percent…</source>
        <translation>Cambia prezzo in percentuale…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="309" />
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="310" />
        <source>Make drafts</source>
        <translation>Rimetti in bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="313" />
        <source>Add to collection</source>
        <translation>Aggiungi alla collezione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="320" />
        <source>Change prices</source>
        <translation>Cambia prezzi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="321" />
        <source>Percent to add (negative to lower), e.g. 10 or -15:</source>
        <translation>Percentuale da aggiungere (negativa per abbassare), es. 10 o -15:</translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Collection</source>
        <translation>Collezione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="129" />
        <source>Cover image</source>
        <translation>Immagine di copertina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="166" />
        <source>SKU {0}</source>
        <translation>SKU {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="168" />
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n varianti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="196" />
        <source>on request</source>
        <translation>su richiesta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="198" />
        <source>sold out</source>
        <translation>esaurito</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="199" />
        <source>%n in stock</source>
        <translation>
            <numerusform>%n disponibile</numerusform>
            <numerusform>%n disponibili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Add product “{0}”</source>
        <translation>Aggiunta del prodotto «{0}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Edit product “{0}”</source>
        <translation>Modifica del prodotto «{0}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Choose cover image</source>
        <translation>Scelta della copertina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Reorder images</source>
        <translation>Riordino delle immagini</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="172" />
        <source>Edit alt text</source>
        <translation>Modifica del testo alternativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="190" />
        <source>Remove image</source>
        <translation>Rimozione dell'immagine</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
    <translation>
            <numerusform>Eliminazione di %n prodotto</numerusform>
            <numerusform>Eliminazione di %n prodotti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
    <translation>
            <numerusform>Aggiunta di %n immagine</numerusform>
            <numerusform>Aggiunta di %n immagini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishSection</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="58" />
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="96" />
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="237" />
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="70" />
        <source>Publish target</source>
        <translation>Destinazione di pubblicazione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="73" />
        <source>S3 endpoint</source>
        <translation>Endpoint S3</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="74" />
        <source>Readable by anyone (public-read)</source>
        <translation>Leggibile da tutti (public-read)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="78" />
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="142" />
        <source>SSH key file</source>
        <translation>File della chiave SSH</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="79" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="85" />
        <source>Target:</source>
        <translation>Destinazione:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="86" />
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="88" />
        <source>Key file:</source>
        <translation>File della chiave:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="89" />
        <source>A folder, SFTP, S3-compatible storage (R2, OSS, COS, B2, MinIO) or a git branch for GitHub, Gitee or Codeberg Pages. Passwords go to the system keyring, never into the shop file.</source>
        <translation>Una cartella, SFTP, uno spazio compatibile S3 (R2, OSS, COS, B2, MinIO) o un ramo git per GitHub, Gitee o Codeberg Pages. Le password vanno nel portachiavi del sistema, mai nel file del negozio.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="94" />
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="98" />
        <source>Open shop</source>
        <translation>Apri il negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="178" />
        <source>Testing the connection…</source>
        <translation>Prova della connessione…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="186" />
        <source>Publishing the shop…</source>
        <translation>Pubblicazione del negozio…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="226" />
        <source>Unknown server</source>
        <translation>Server sconosciuto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="227" />
        <source>This is the first connection to {0}. Its key's fingerprint is

{1}

Compare it with the one your host shows. Trust this server and remember it?</source>
        <translation>È la prima connessione a {0}. L'impronta della sua chiave è

{1}

Confrontala con quella indicata dal tuo hosting. Ti fidi di questo server e vuoi ricordarlo?</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>The shop</source>
        <translation>Il negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>A product</source>
        <translation>Un prodotto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="72" />
        <source>A collection</source>
        <translation>Una collezione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="73" />
        <source>A drop</source>
        <translation>Un drop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="74" />
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="83" />
        <source>Crop marks</source>
        <translation>Segni di taglio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="86" />
        <source>e.g. poster-a4-stall</source>
        <translation>es. locandina-a4-banco</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="88" />
        <source>Added to the link as ?src=…, so an order message says which poster sold.</source>
        <translation>Aggiunto al link come ?src=…, così il messaggio d'ordine dice quale locandina ha venduto.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="89" />
        <source>Shop logo in the centre</source>
        <translation>Logo del negozio al centro</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="92" />
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="93" />
        <source>Which</source>
        <translation>Quale</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="94" />
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="95" />
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="96" />
        <source>Bleed</source>
        <translation>Abbondanza</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="98" />
        <source>Campaign tag</source>
        <translation>Tag della campagna</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="101" />
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="102" />
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Poster</source>
        <translation>Locandina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Label sheet</source>
        <translation>Foglio di etichette</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="154" />
        <source>Story image (1080×1920)</source>
        <translation>Immagine per storie (1080×1920)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>Square image (1080×1080)</source>
        <translation>Immagine quadrata (1080×1080)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>QR code only</source>
        <translation>Solo codice QR</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="214" />
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etichetta</numerusform>
            <numerusform>%n etichette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="225" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="262" />
        <source>SVG image (*.svg)</source>
        <translation>Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="265" />
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="286" />
        <source>Saved {0}.</source>
        <translation>Salvato {0}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="288" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="313" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina inviata alla stampante.</numerusform>
            <numerusform>%n pagine inviate alla stampante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="315" />
        <source>Preparing the pages for printing…</source>
        <translation>Preparazione delle pagine per la stampa…</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="106" />
        <source>Who you are and what you sell, for the shop's About section.</source>
        <translation>Chi sei e cosa vendi, per la sezione «Chi siamo» del negozio.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="109" />
        <source>Paste (Ctrl+V), drop or choose a square image.</source>
        <translation>Incolla (Ctrl+V), trascina o scegli un'immagine quadrata.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="115" />
        <source>https://shop.example.com/ (optional)</source>
        <translation>https://shop.example.com/ (facoltativo)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="119" />
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="120" />
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="121" />
        <source>About</source>
        <translation>Chi siamo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="122" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="124" />
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="125" />
        <source>Shop languages</source>
        <translation>Lingue del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="126" />
        <source>Theme colour</source>
        <translation>Colore del tema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="127" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="128" />
        <source>Shop address</source>
        <translation>Indirizzo web del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="137" />
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="142" />
        <source>Every change is saved as you make it; Edit &gt; Undo takes it back.</source>
        <translation>Ogni modifica viene salvata subito; Modifica &gt; Annulla la ritira.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="145" />
        <source>Shopfront</source>
        <translation>Vetrina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="146" />
        <source>Prices, languages and look</source>
        <translation>Prezzi, lingue e aspetto</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="147" />
        <source>How buyers reach you</source>
        <translation>Come ti contattano i clienti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="196" />
        <source>Change shop name</source>
        <translation>Modifica del nome del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="198" />
        <source>Change tagline</source>
        <translation>Modifica dello slogan</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="200" />
        <source>Change About</source>
        <translation>Modifica di «Chi siamo»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="203" />
        <source>Change shop address</source>
        <translation>Modifica dell'indirizzo web</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="206" />
        <source>Change currency</source>
        <translation>Modifica della valuta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="208" />
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="212" />
        <source>Change time zone</source>
        <translation>Modifica del fuso orario</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="214" />
        <source>Change theme colour</source>
        <translation>Modifica del colore del tema</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="247" />
        <source>Prices keep their amounts; they are not converted to the new currency.</source>
        <translation>I prezzi mantengono gli importi: non vengono convertiti nella nuova valuta.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="254" />
        <source>The shop needs at least one language.</source>
        <translation>Il negozio deve avere almeno una lingua.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="264" />
        <source>Change shop languages</source>
        <translation>Modifica delle lingue del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="274" />
        <source>Change logo</source>
        <translation>Modifica del logo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="282" />
        <source>Add at least one contact channel: buyers send their orders there.</source>
        <translation>Aggiungi almeno un canale di contatto: i clienti ti mandano gli ordini lì.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="307" />
        <source>Change {0}</source>
        <translation>Modifica: {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="313" />
        <source>Enter and save the WeChat ID first; the QR code belongs to it.</source>
        <translation>Inserisci e salva prima l'ID WeChat: il codice QR è legato a quello.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="318" />
        <source>Change WeChat QR</source>
        <translation>Modifica del QR WeChat</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_view.py" line="147" />
        <source>This page could not be opened: {0}</source>
        <translation>Impossibile aprire questa pagina: {0}</translation>
    </message>
</context>
<context>
    <name>ShopWizard</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="155" />
        <source>Register a shopfront</source>
        <translation>Registra la vetrina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="167" />
        <source>Create shop…</source>
        <translation>Crea negozio…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="196" />
        <source>Save the new shop as</source>
        <translation>Salva il nuovo negozio come</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="197" />
        <source>Weidian shops (*.weidian)</source>
        <translation>Negozi Weidian (*.weidian)</translation>
    </message>
</context>
<context>
    <name>ShopfrontPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="64" />
        <source>Your shopfront</source>
        <translation>La tua vetrina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="65" />
        <source>What buyers see first. You can change all of it later on the Shop page.</source>
        <translation>Ciò che i clienti vedono per primo. Potrai cambiare tutto in seguito nella pagina Negozio.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="70" />
        <source>e.g. 小满杂货铺 Xiaoman Goods</source>
        <translation>es. Bottega di Chiara</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="73" />
        <source>e.g. Small-batch goods, new every week</source>
        <translation>es. Piccole produzioni, novità ogni settimana</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="74" />
        <source>Square works best. Paste it (Ctrl+V), drop it here or choose a file.</source>
        <translation>Meglio se quadrato. Incollalo (Ctrl+V), trascinalo qui o scegli un file.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="78" />
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="79" />
        <source>Tagline</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="80" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Supplier price</source>
        <translation>Prezzo fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="40" />
        <source>In shop</source>
        <translation>Nel negozio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="41" />
        <source>in stock</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="42" />
        <source>on request</source>
        <translation>su richiesta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="43" />
        <source>sold out</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="138" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="142" />
        <source>discontinued</source>
        <translation>fuori catalogo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="143" />
        <source>picked</source>
        <translation>scelto</translation>
    </message>
</context>
<context>
    <name>StocklistsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="71" />
        <source>Search titles, SKUs, brands, descriptions (中文 too)</source>
        <translation>Cerca titoli, SKU, marche, descrizioni (anche in cinese)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="75" />
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="77" />
        <source>Pick…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="78" />
        <source>Make shop products from the selected items</source>
        <translation>Crea prodotti del negozio dagli articoli selezionati</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="115" />
        <source>Supplier</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="85" />
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>any availability</source>
        <translation>disponibilità: tutte</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>in stock</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="92" />
        <source>on request</source>
        <translation>su richiesta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="93" />
        <source>sold out</source>
        <translation>esaurito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="95" />
        <source>discontinued too</source>
        <translation>anche fuori catalogo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>best match</source>
        <translation>più pertinenti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="98" />
        <source>price, low to high</source>
        <translation>prezzo crescente</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="99" />
        <source>price, high to low</source>
        <translation>prezzo decrescente</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>newest first</source>
        <translation>più recenti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>file order</source>
        <translation>ordine del file</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="121" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="122" />
        <source>Price from</source>
        <translation>Prezzo da</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="123" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="254" />
        <source>Imported {0}: {1}. The shop as it was before is kept in {2}.</source>
        <translation>Importato {0}: {1}. Il negozio com'era prima è conservato in {2}.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="117" />
        <source>Sort by</source>
        <translation>Ordina per</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="166" />
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0} (%n articolo)</numerusform>
            <numerusform>{0} (%n articoli)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="176" />
        <source>all categories</source>
        <translation>tutte le categorie</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="209" />
        <source>No stocklist yet: Import… a supplier's catalogue (CSV, Shopify, WooCommerce, Merchant feed, 淘宝助理).</source>
        <translation>Ancora nessun listino: usa Importa… per caricare il catalogo di un fornitore (CSV, Shopify, WooCommerce, feed Merchant, 淘宝助理).</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="212" />
        <source>More than {0} items match</source>
        <translation>Più di {0} articoli corrispondono</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="215" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n articolo corrisponde</numerusform>
            <numerusform>%n articoli corrispondono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="221" />
        <source> and %n more</source>
        <translation>
            <numerusform> e %n altro</numerusform>
            <numerusform> e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="222" />
        <source>%n picked product(s) lost their supplier item: </source>
        <translation>
            <numerusform>%n prodotto scelto non ha più l'articolo del fornitore: </numerusform>
            <numerusform>%n prodotti scelti non hanno più l'articolo del fornitore: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="239" />
        <source>Import a supplier's catalogue</source>
        <translation>Importa il catalogo di un fornitore</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="240" />
        <source>Catalogues (*.csv *.tsv *.txt *.xml);;All files (*)</source>
        <translation>Cataloghi (*.csv *.tsv *.txt *.xml);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="249" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuovo</numerusform>
            <numerusform>%n nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="250" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificato</numerusform>
            <numerusform>%n modificati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="251" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n fuori catalogo</numerusform>
            <numerusform>%n fuori catalogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="252" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n riga saltata</numerusform>
            <numerusform>%n righe saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="253" />
        <source>%n picked product(s) updated</source>
        <translation>
            <numerusform>%n prodotto scelto aggiornato</numerusform>
            <numerusform>%n prodotti scelti aggiornati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="264" />
        <source>Select the items to pick first.</source>
        <translation>Seleziona prima gli articoli da aggiungere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="275" />
        <source>Picking %n item(s)…</source>
        <translation>
            <numerusform>Aggiunta di %n articolo…</numerusform>
            <numerusform>Aggiunta di %n articoli…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="283" />
        <source>Picked %n product(s) into the shop (on request unless you chose stock counts); Undo removes them.</source>
        <translation>
            <numerusform>%n prodotto aggiunto al negozio (su richiesta, se non hai scelto le quantità); Annulla lo rimuove.</numerusform>
            <numerusform>%n prodotti aggiunti al negozio (su richiesta, se non hai scelto le quantità); Annulla li rimuove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="287" />
        <source>%n item(s) left out, e.g. {0}: {1}.</source>
        <translation>
            <numerusform>%n articolo escluso, es. {0}: {1}.</numerusform>
            <numerusform>%n articoli esclusi, es. {0}: {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Units</source>
        <translation>Pezzi</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="99" />
        <source>Revenue</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="112" />
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="157" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="173" />
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="213" />
        <source>Weidian Desktop</source>
        <translation>Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="218" />
        <source>Something went wrong that Weidian Desktop did not expect; nothing was changed. The details below help the developers.</source>
        <translation>Weidian Desktop ha riscontrato un errore imprevisto; non è stato modificato nulla. I dettagli qui sotto aiutano gli sviluppatori.</translation>
    </message>
</context>
<context>
    <name>TranslationsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="113" />
        <source>Empty: shows the {0} title, “{1}”</source>
        <translation>Vuoto: mostra il titolo in {0}, «{1}»</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="114" />
        <source>Empty: shows the {0} title</source>
        <translation>Vuoto: mostra il titolo in {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="116" />
        <source>Empty: shows the {0} description:</source>
        <translation>Vuoto: mostra la descrizione in {0}:</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="157" />
        <source>Has its own text</source>
        <translation>Ha un testo proprio</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="158" />
        <source>Empty: buyers see the default language</source>
        <translation>Vuoto: i clienti vedono la lingua predefinita</translation>
    </message>
</context>
<context>
    <name>VariantsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>On request</source>
        <translation>Su richiesta</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>In stock</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="49" />
        <source>Sold out</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="56" />
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="55" />
        <source>Separate the values with commas: S, M, L</source>
        <translation>Separa i valori con virgole: S, M, L</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="66" />
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="71" />
        <source>Add option</source>
        <translation>Aggiungi opzione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="73" />
        <source>Remove option</source>
        <translation>Rimuovi opzione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="75" />
        <source>Make variants</source>
        <translation>Crea varianti</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="76" />
        <source>One variant for each combination of values</source>
        <translation>Una variante per ogni combinazione di valori</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="88" />
        <source>An empty variant price means the product's price.</source>
        <translation>Prezzo vuoto: vale quello del prodotto.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="184" />
        <source>Variant {0}: {1}</source>
        <translation>Variante {0}: {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="188" />
        <source>Variant {0}: the quantity {1!r} is not a whole number.</source>
        <translation>Variante {0}: la quantità {1!r} non è un numero intero.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="96" />
        <source>Weidian Desktop</source>
        <translation>Weidian Desktop</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="102" />
        <source>Build your mobile shop offline. Register a shopfront, pick products from your suppliers' stocklists, paste the photos, and export a shop your buyers open from a QR code or a chat link.</source>
        <translation>Crea il tuo negozio per smartphone, anche senza connessione. Registra la vetrina, scegli i prodotti dai listini dei fornitori, incolla le foto ed esporta un negozio che i clienti aprono da un codice QR o da un link in chat.</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="112" />
        <source>New shop…</source>
        <translation>Nuovo negozio…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="113" />
        <source>Register a shopfront</source>
        <translation>Registra la vetrina</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>A .weidian shop file</source>
        <translation>Un file di negozio .weidian</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="115" />
        <source>Open the demo shop</source>
        <translation>Apri il negozio dimostrativo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="116" />
        <source>Look around first</source>
        <translation>Prima dai un'occhiata</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="123" />
        <source>Recent shops</source>
        <translation>Negozi recenti</translation>
    </message>
</context>
<context>
    <name>_LanguageTab</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="48" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="49" />
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context><name>PickCommand</name>
    <message numerus="yes">
        <source>Pick %n product(s)</source>
    <translation>
            <numerusform>Aggiunta di %n prodotto al negozio</numerusform>
            <numerusform>Aggiunta di %n prodotti al negozio</numerusform>
        </translation>
    </message>
</context></TS>
