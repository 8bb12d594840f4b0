<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AppWindows</name>
    <message>
        <location filename="../weidian_desktop/ui/app_windows.py" line="49" />
        <source>{0} is open in this window.</source>
        <translation>[{0} íš óƥéñ íñ ťĥíš ŵíñđóŵ. ~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="15" />
        <source>WeChat ID</source>
        <translation>[ŴéÇĥáť ÍĐ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="16" />
        <source>e.g. xiaoman_goods</source>
        <translation>[é.ĝ. ẋíáóɱáñ_ĝóóđš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="17" />
        <source>WhatsApp number</source>
        <translation>[ŴĥáťšÁƥƥ ñúɱƀéŕ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="18" />
        <source>e.g. +86 138 0013 8000</source>
        <translation>[é.ĝ. +86 138 0013 8000 ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="19" />
        <source>Phone for SMS</source>
        <translation>[Ƥĥóñé ƒóŕ ŠṀŠ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="20" />
        <source>e.g. +39 333 123 4567</source>
        <translation>[é.ĝ. +39 333 123 4567 ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="21" />
        <source>E-mail</source>
        <translation>[É-ɱáíĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="22" />
        <source>e.g. orders@example.com</source>
        <translation>[é.ĝ. óŕđéŕš@éẋáɱƥĺé.çóɱ ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="23" />
        <source>Telegram username</source>
        <translation>[Ťéĺéĝŕáɱ úšéŕñáɱé ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="24" />
        <source>e.g. @xiaoman_goods</source>
        <translation>[é.ĝ. @ẋíáóɱáñ_ĝóóđš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="70" />
        <source>Your personal WeChat QR code, so buyers can add you (paste, drop or choose).</source>
        <translation>[Ýóúŕ ƥéŕšóñáĺ ŴéÇĥáť ɊŔ çóđé, šó ƀúýéŕš çáñ áđđ ýóú (ƥášťé, đŕóƥ óŕ çĥóóšé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="72" />
        <source>WeChat QR</source>
        <translation>[ŴéÇĥáť ɊŔ ~~~]</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="128" />
        <source>How buyers reach you</source>
        <translation>[Ĥóŵ ƀúýéŕš ŕéáçĥ ýóú ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="129" />
        <source>Buyers send their orders through these channels. Fill in at least one.</source>
        <translation>[Ɓúýéŕš šéñđ ťĥéíŕ óŕđéŕš ťĥŕóúĝĥ ťĥéšé çĥáññéĺš. Ƒíĺĺ íñ áť ĺéášť óñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="232" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="236" />
        <source>Order on WeChat</source>
        <translation>[Óŕđéŕ óñ ŴéÇĥáť ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="268" />
        <source>White text on this colour is hard to read (contrast {0:.1f}:1, 4.5:1 is needed); choose a darker colour.</source>
        <translation>[Ŵĥíťé ťéẋť óñ ťĥíš çóĺóúŕ íš ĥáŕđ ťó ŕéáđ (çóñťŕášť {0:.1f}:1, 4.5:1 íš ñééđéđ); çĥóóšé á đáŕķéŕ çóĺóúŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="276" />
        <source>Theme colour</source>
        <translation>[Ťĥéɱé çóĺóúŕ ~~~~]</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="49" />
        <source>Columns of {0}</source>
        <translation>[Çóĺúɱñš óƒ {0} ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="52" />
        <source>Tell Weidian Desktop which column holds what. Fields marked * are needed; the choice is remembered for this supplier.</source>
        <translation>[Ťéĺĺ Ŵéíđíáñ Đéšķťóƥ ŵĥíçĥ çóĺúɱñ ĥóĺđš ŵĥáť. Ƒíéĺđš ɱáŕķéđ * áŕé ñééđéđ; ťĥé çĥóíçé íš ŕéɱéɱƀéŕéđ ƒóŕ ťĥíš šúƥƥĺíéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="58" />
        <source>(not in this file)</source>
        <translation>[(ñóť íñ ťĥíš ƒíĺé) ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="73" />
        <source>Image address columns</source>
        <translation>[Íɱáĝé áđđŕéšš çóĺúɱñš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="74" />
        <source>Variant option columns (size, colour…)</source>
        <translation>[Ṽáŕíáñť óƥťíóñ çóĺúɱñš (šížé, çóĺóúŕ…) ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="94" />
        <source>Continue</source>
        <translation>[Çóñťíñúé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="103" />
        <source>First lines of the file</source>
        <translation>[Ƒíŕšť ĺíñéš óƒ ťĥé ƒíĺé ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="145" />
        <source>Choose the column for: {0}</source>
        <translation>[Çĥóóšé ťĥé çóĺúɱñ ƒóŕ: {0} ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Title *</source>
        <translation>[Ťíťĺé * ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Price *</source>
        <translation>[Ƥŕíçé * ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>SKU</source>
        <translation>[ŠĶÚ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Product group (variants)</source>
        <translation>[Ƥŕóđúçť ĝŕóúƥ (ʋáŕíáñťš) ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Description</source>
        <translation>[Đéšçŕíƥťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Category</source>
        <translation>[Çáťéĝóŕý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Brand</source>
        <translation>[Ɓŕáñđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Barcode</source>
        <translation>[Ɓáŕçóđé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Retail price</source>
        <translation>[Ŕéťáíĺ ƥŕíçé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Currency</source>
        <translation>[Çúŕŕéñçý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Availability</source>
        <translation>[Áʋáíĺáƀíĺíťý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Stock quantity</source>
        <translation>[Šťóçķ ʠúáñťíťý ~~~~~]</translation>
    </message>
</context>
<context>
    <name>CouponEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="49" />
        <source>Letters, digits and dashes, like SPRING-10</source>
        <translation>[Ĺéťťéŕš, đíĝíťš áñđ đášĥéš, ĺíķé ŠƤŔÍÑĜ-10 ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="51" />
        <source>Percent off</source>
        <translation>[Ƥéŕçéñť óƒƒ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="52" />
        <source>Amount off ({currency})</source>
        <translation>[Áɱóúñť óƒƒ ({currency}) ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="56" />
        <source>No minimum</source>
        <translation>[Ñó ɱíñíɱúɱ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>From</source>
        <translation>[Ƒŕóɱ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>Until</source>
        <translation>[Úñťíĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="60" />
        <source>The whole shop</source>
        <translation>[Ťĥé ŵĥóĺé šĥóƥ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="61" />
        <source>A collection</source>
        <translation>[Á çóĺĺéçťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A product</source>
        <translation>[Á ƥŕóđúçť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A drop</source>
        <translation>[Á đŕóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="67" />
        <source>No limit</source>
        <translation>[Ñó ĺíɱíť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="70" />
        <source>Save coupon</source>
        <translation>[Šáʋé çóúƥóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="73" />
        <source>Code</source>
        <translation>[Çóđé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="74" />
        <source>Discount</source>
        <translation>[Đíšçóúñť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="75" />
        <source>Value</source>
        <translation>[Ṽáĺúé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="162" />
        <source>Minimum order</source>
        <translation>[Ṁíñíɱúɱ óŕđéŕ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="79" />
        <source>For</source>
        <translation>[Ƒóŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="81" />
        <source>Maximum uses</source>
        <translation>[Ṁáẋíɱúɱ úšéš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="88" />
        <source>Times are on the shop's clock ({zone}). Uses are counted from recorded orders.</source>
        <translation>[Ťíɱéš áŕé óñ ťĥé šĥóƥ'š çĺóçķ ({zone}). Úšéš áŕé çóúñťéđ ƒŕóɱ ŕéçóŕđéđ óŕđéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="184" />
        <source>Type a code for the coupon, then save it.</source>
        <translation>[Ťýƥé á çóđé ƒóŕ ťĥé çóúƥóñ, ťĥéñ šáʋé íť. ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="190" />
        <source>Every change is saved.</source>
        <translation>[Éʋéŕý çĥáñĝé íš šáʋéđ. ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="191" />
        <source>Ready to save.</source>
        <translation>[Ŕéáđý ťó šáʋé. ~~~~~]</translation>
    </message>
</context>
<context>
    <name>DropEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="87" />
        <source>For example: Singles' Day bags</source>
        <translation>[Ƒóŕ éẋáɱƥĺé: Šíñĝĺéš' Đáý ƀáĝš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="92" />
        <source>Published</source>
        <translation>[Ƥúƀĺíšĥéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="93" />
        <source>Draft</source>
        <translation>[Đŕáƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="99" />
        <source>Preview from</source>
        <translation>[Ƥŕéʋíéŵ ƒŕóɱ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="101" />
        <source>The next hours buyers are online (shop settings).</source>
        <translation>[Ťĥé ñéẋť ĥóúŕš ƀúýéŕš áŕé óñĺíñé (šĥóƥ šéťťíñĝš). ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="106" />
        <source>Name</source>
        <translation>[Ñáɱé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="107" />
        <source>Description</source>
        <translation>[Đéšçŕíƥťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="119" />
        <source>Time zone</source>
        <translation>[Ťíɱé žóñé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="110" />
        <source>Online hours…</source>
        <translation>[Óñĺíñé ĥóúŕš… ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="111" />
        <source>When your buyers are online: the suggested launch times.</source>
        <translation>[Ŵĥéñ ýóúŕ ƀúýéŕš áŕé óñĺíñé: ťĥé šúĝĝéšťéđ ĺáúñçĥ ťíɱéš. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="113" />
        <source>Suggested launch</source>
        <translation>[Šúĝĝéšťéđ ĺáúñçĥ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="116" />
        <source>Starts</source>
        <translation>[Šťáŕťš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="115" />
        <source>Ends</source>
        <translation>[Éñđš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="118" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Product</source>
        <translation>[Ƥŕóđúçť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Regular</source>
        <translation>[Ŕéĝúĺáŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Drop price</source>
        <translation>[Đŕóƥ ƥŕíçé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Made (cap)</source>
        <translation>[Ṁáđé (çáƥ) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="130" />
        <source>Save drop</source>
        <translation>[Šáʋé đŕóƥ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="138" />
        <source>Products (tick to include; empty price: regular price; empty cap: no limit)</source>
        <translation>[Ƥŕóđúçťš (ťíçķ ťó íñçĺúđé; éɱƥťý ƥŕíçé: ŕéĝúĺáŕ ƥŕíçé; éɱƥťý çáƥ: ñó ĺíɱíť) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="205" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="303" />
        <source>Name the drop and tick its products, then save it.</source>
        <translation>[Ñáɱé ťĥé đŕóƥ áñđ ťíçķ íťš ƥŕóđúçťš, ťĥéñ šáʋé íť. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="310" />
        <source>Lasts {days} d {hours} h</source>
        <translation>[Ĺášťš {days} đ {hours} ĥ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="313" />
        <source>on the shop's clock {start} to {end}</source>
        <translation>[óñ ťĥé šĥóƥ'š çĺóçķ {start} ťó {end} ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Ready to save.</source>
        <translation>[Ŕéáđý ťó šáʋé. ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Every change is saved.</source>
        <translation>[Éʋéŕý çĥáñĝé íš šáʋéđ. ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DropTimeline</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_timeline.py" line="31" />
        <source>Drops on the shop's clock; the red line is now.</source>
        <translation>[Đŕóƥš óñ ťĥé šĥóƥ'š çĺóçķ; ťĥé ŕéđ ĺíñé íš ñóŵ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>DropsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="152" />
        <source>{left} of {made}</source>
        <translation>[{left} óƒ {made} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="191" />
        <source>{off} off from {minimum}</source>
        <translation>[{off} óƒƒ ƒŕóɱ {minimum} ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="194" />
        <source>{off} off</source>
        <translation>[{off} óƒƒ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="199" />
        <source>{uses} of {limit}</source>
        <translation>[{uses} óƒ {limit} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <source>Drop</source>
        <translation>[Đŕóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>State</source>
        <translation>[Šťáťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Starts</source>
        <translation>[Šťáŕťš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Ends</source>
        <translation>[Éñđš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="122" />
        <source>Left</source>
        <translation>[Ĺéƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>Code</source>
        <translation>[Çóđé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>Discount</source>
        <translation>[Đíšçóúñť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>For</source>
        <translation>[Ƒóŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="171" />
        <source>Uses</source>
        <translation>[Úšéš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="35" />
        <source>Draft</source>
        <translation>[Đŕáƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="36" />
        <source>Upcoming</source>
        <translation>[Úƥçóɱíñĝ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="37" />
        <source>Preview</source>
        <translation>[Ƥŕéʋíéŵ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="38" />
        <source>Live</source>
        <translation>[Ĺíʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="39" />
        <source>Sold out</source>
        <translation>[Šóĺđ óúť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="40" />
        <source>Ended</source>
        <translation>[Éñđéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="41" />
        <source>Scheduled</source>
        <translation>[Šçĥéđúĺéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="42" />
        <source>Active</source>
        <translation>[Áçťíʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="43" />
        <source>Expired</source>
        <translation>[Éẋƥíŕéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="44" />
        <source>Used up</source>
        <translation>[Úšéđ úƥ ~~]</translation>
    </message>
</context>
<context>
    <name>DropsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="103" />
        <source>New drop</source>
        <translation>[Ñéŵ đŕóƥ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="104" />
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="132" />
        <source>Delete</source>
        <translation>[Đéĺéťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="105" />
        <source>Poster…</source>
        <translation>[Ƥóšťéŕ… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="106" />
        <source>QR code…</source>
        <translation>[ɊŔ çóđé… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="110" />
        <source>Times on the shop’s clock ({zone}).</source>
        <translation>[Ťíɱéš óñ ťĥé šĥóƥ’š çĺóçķ ({zone}). ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="131" />
        <source>New coupon</source>
        <translation>[Ñéŵ çóúƥóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="139" />
        <source>Drops</source>
        <translation>[Đŕóƥš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="140" />
        <source>Coupons</source>
        <translation>[Çóúƥóñš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="168" />
        <source>Whole shop</source>
        <translation>[Ŵĥóĺé šĥóƥ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="219" />
        <source>Add drop “{name}”</source>
        <translation>[Áđđ đŕóƥ “{name}” ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="223" />
        <source>Edit drop “{name}”</source>
        <translation>[Éđíť đŕóƥ “{name}” ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="235" />
        <source>Delete drop “{name}”</source>
        <translation>[Đéĺéťé đŕóƥ “{name}” ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="254" />
        <source>Saved {path}.</source>
        <translation>[Šáʋéđ {path}. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="270" />
        <source>Save the drop's poster</source>
        <translation>[Šáʋé ťĥé đŕóƥ'š ƥóšťéŕ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="271" />
        <source>PDF (*.pdf)</source>
        <translation>[ƤĐƑ (*.pdf) ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="274" />
        <source>Save the drop's QR code</source>
        <translation>[Šáʋé ťĥé đŕóƥ'š ɊŔ çóđé ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="275" />
        <source>PNG image (*.png)</source>
        <translation>[ƤÑĜ íɱáĝé (*.png) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="302" />
        <source>Add coupon {code}</source>
        <translation>[Áđđ çóúƥóñ {code} ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="306" />
        <source>Edit coupon {code}</source>
        <translation>[Éđíť çóúƥóñ {code} ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="319" />
        <source>Delete coupon {code}</source>
        <translation>[Đéĺéťé çóúƥóñ {code} ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_outputs.py" line="49" />
        <source>Saving {name}…</source>
        <translation>[Šáʋíñĝ {name}… ~~~]</translation>
    </message>
</context>
<context>
    <name>EmptyShop</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="25" />
        <source>Your shop has no products yet</source>
        <translation>[Ýóúŕ šĥóƥ ĥáš ñó ƥŕóđúçťš ýéť ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="31" />
        <source>Start from a supplier's catalogue, or type a product in yourself. Not sure yet? The demo shop shows a finished one.</source>
        <translation>[Šťáŕť ƒŕóɱ á šúƥƥĺíéŕ'š çáťáĺóĝúé, óŕ ťýƥé á ƥŕóđúçť íñ ýóúŕšéĺƒ. Ñóť šúŕé ýéť? Ťĥé đéɱó šĥóƥ šĥóŵš á ƒíñíšĥéđ óñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="36" />
        <source>Import a stocklist</source>
        <translation>[Íɱƥóŕť á šťóçķĺíšť ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="37" />
        <source>A supplier's CSV, Shopify, WooCommerce or Merchant file</source>
        <translation>[Á šúƥƥĺíéŕ'š ÇŠṼ, Šĥóƥíƒý, ŴóóÇóɱɱéŕçé óŕ Ṁéŕçĥáñť ƒíĺé ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="38" />
        <source>Add a product</source>
        <translation>[Áđđ á ƥŕóđúçť ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="39" />
        <source>Type it in and paste its photos</source>
        <translation>[Ťýƥé íť íñ áñđ ƥášťé íťš ƥĥóťóš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="40" />
        <source>Open the demo shop</source>
        <translation>[Óƥéñ ťĥé đéɱó šĥóƥ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="41" />
        <source>Look around a finished shop first</source>
        <translation>[Ĺóóķ áŕóúñđ á ƒíñíšĥéđ šĥóƥ ƒíŕšť ~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="231" />
        <source>Export folder</source>
        <translation>[Éẋƥóŕť ƒóĺđéŕ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="77" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="84" />
        <source>Shop address</source>
        <translation>[Šĥóƥ áđđŕéšš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="85" />
        <source>Also write a zip file beside the folder</source>
        <translation>[Áĺšó ŵŕíťé á žíƥ ƒíĺé ƀéšíđé ťĥé ƒóĺđéŕ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="87" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="139" />
        <source>Folder:</source>
        <translation>[Ƒóĺđéŕ: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="88" />
        <source>Shop address (base URL):</source>
        <translation>[Šĥóƥ áđđŕéšš (ƀášé ÚŔĹ): ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="90" />
        <source>Export the shop</source>
        <translation>[Éẋƥóŕť ťĥé šĥóƥ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Pages:</source>
        <translation>[Ƥáĝéš: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Files:</source>
        <translation>[Ƒíĺéš: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Size:</source>
        <translation>[Šížé: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Time:</source>
        <translation>[Ťíɱé: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="145" />
        <source>Open in browser</source>
        <translation>[Óƥéñ íñ ƀŕóŵšéŕ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="147" />
        <source>Preview</source>
        <translation>[Ƥŕéʋíéŵ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="149" />
        <source>Publish…</source>
        <translation>[Ƥúƀĺíšĥ… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="151" />
        <source>Open folder</source>
        <translation>[Óƥéñ ƒóĺđéŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="268" />
        <source>Exported: {0} pages, {1} files, {2} in {3} s.</source>
        <translation>[Éẋƥóŕťéđ: {0} ƥáĝéš, {1} ƒíĺéš, {2} íñ {3} š. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="274" />
        <source>{0} written, {1} unchanged, {2} deleted; {3} images encoded</source>
        <translation>[{0} ŵŕíťťéñ, {1} úñçĥáñĝéđ, {2} đéĺéťéđ; {3} íɱáĝéš éñçóđéđ ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="279" />
        <source>(zip: {0})</source>
        <translation>[(žíƥ: {0}) ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="280" />
        <source>{0} s</source>
        <translation>[{0} š ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="286" />
        <source>Files written ({0})</source>
        <translation>[Ƒíĺéš ŵŕíťťéñ ({0}) ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="306" />
        <source>Type where the shop goes: {0}</source>
        <translation>[Ťýƥé ŵĥéŕé ťĥé šĥóƥ ĝóéš: {0} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="96" />
        <source>The shop is written as plain web pages: put the folder on any web host, or open it from disk.</source>
        <translation>[Ťĥé šĥóƥ íš ŵŕíťťéñ áš ƥĺáíñ ŵéƀ ƥáĝéš: ƥúť ťĥé ƒóĺđéŕ óñ áñý ŵéƀ ĥóšť, óŕ óƥéñ íť ƒŕóɱ đíšķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="166" />
        <source>Files written</source>
        <translation>[Ƒíĺéš ŵŕíťťéñ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="187" />
        <source>This download has no phone preview (Qt WebEngine would make it some 200 MB larger); “Open in browser” shows the exported shop.</source>
        <translation>[Ťĥíš đóŵñĺóáđ ĥáš ñó ƥĥóñé ƥŕéʋíéŵ (Ɋť ŴéƀÉñĝíñé ŵóúĺđ ɱáķé íť šóɱé 200 ṀƁ ĺáŕĝéŕ); “Óƥéñ íñ ƀŕóŵšéŕ” šĥóŵš ťĥé éẋƥóŕťéđ šĥóƥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="190" />
        <source>The phone preview needs Qt WebEngine: install Weidian Desktop with the “preview” extra ({0}).</source>
        <translation>[Ťĥé ƥĥóñé ƥŕéʋíéŵ ñééđš Ɋť ŴéƀÉñĝíñé: íñšťáĺĺ Ŵéíđíáñ Đéšķťóƥ ŵíťĥ ťĥé “ƥŕéʋíéŵ” éẋťŕá ({0}). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="253" />
        <source>Exporting the shop…</source>
        <translation>[Éẋƥóŕťíñĝ ťĥé šĥóƥ… ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="122" />
        <source>Question</source>
        <translation>[Ɋúéšťíóñ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="121" />
        <source>Language</source>
        <translation>[Ĺáñĝúáĝé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="85" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="124" />
        <source>Keywords</source>
        <translation>[Ķéýŵóŕđš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>New</source>
        <translation>[Ñéŵ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>Delete</source>
        <translation>[Đéĺéťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="96" />
        <source>Move up</source>
        <translation>[Ṁóʋé úƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="97" />
        <source>Move down</source>
        <translation>[Ṁóʋé đóŵñ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="109" />
        <source>Every language</source>
        <translation>[Éʋéŕý ĺáñĝúáĝé ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="115" />
        <source>shipping, delivery, 发货, spedizione</source>
        <translation>[šĥíƥƥíñĝ, đéĺíʋéŕý, 发货, šƥéđížíóñé ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="118" />
        <source>Save entry</source>
        <translation>[Šáʋé éñťŕý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="123" />
        <source>Answer</source>
        <translation>[Áñšŵéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="127" />
        <source>Entry</source>
        <translation>[Éñťŕý ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="131" />
        <source>Type a question as a buyer would…</source>
        <translation>[Ťýƥé á ʠúéšťíóñ áš á ƀúýéŕ ŵóúĺđ… ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="136" />
        <source>Try the Ask box</source>
        <translation>[Ťŕý ťĥé Ášķ ƀóẋ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="159" />
        <source>all</source>
        <translation>[áĺĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="196" />
        <source>The shop's Ask box shows the best answers here.</source>
        <translation>[Ťĥé šĥóƥ'š Ášķ ƀóẋ šĥóŵš ťĥé ƀéšť áñšŵéŕš ĥéŕé. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="200" />
        <source>No answer: the buyer is offered to send the question to you.</source>
        <translation>[Ñó áñšŵéŕ: ťĥé ƀúýéŕ íš óƒƒéŕéđ ťó šéñđ ťĥé ʠúéšťíóñ ťó ýóú. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="228" />
        <source>Saved.</source>
        <translation>[Šáʋéđ. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="217" />
        <source>Add FAQ entry</source>
        <translation>[Áđđ ƑÁɊ éñťŕý ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="223" />
        <source>Edit FAQ entry</source>
        <translation>[Éđíť ƑÁɊ éñťŕý ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="233" />
        <source>Delete FAQ entry</source>
        <translation>[Đéĺéťé ƑÁɊ éñťŕý ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="61" />
        <source>Reorder FAQ</source>
        <translation>[Ŕéóŕđéŕ ƑÁɊ ~~~~]</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="28" />
        <source>&amp;New Shop…</source>
        <translation>[&amp;Ñéŵ Šĥóƥ… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="29" />
        <source>&amp;Open…</source>
        <translation>[&amp;Óƥéñ… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="30" />
        <source>Save a &amp;Copy…</source>
        <translation>[Šáʋé á &amp;Çóƥý… ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="32" />
        <source>&amp;Close Shop</source>
        <translation>[&amp;Çĺóšé Šĥóƥ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="34" />
        <source>&amp;Quit</source>
        <translation>[&amp;Ɋúíť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="35" />
        <source>Open &amp;Recent</source>
        <translation>[Óƥéñ &amp;Ŕéçéñť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="70" />
        <source>Clear Menu</source>
        <translation>[Çĺéáŕ Ṁéñú ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="72" />
        <source>No recent shops</source>
        <translation>[Ñó ŕéçéñť šĥóƥš ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="77" />
        <source>Open a shop</source>
        <translation>[Óƥéñ á šĥóƥ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="78" />
        <source>Weidian shops (*.weidian);;All files (*)</source>
        <translation>[Ŵéíđíáñ šĥóƥš (*.weidian);;Áĺĺ ƒíĺéš (*) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="90" />
        <source>Save a copy of the shop</source>
        <translation>[Šáʋé á çóƥý óƒ ťĥé šĥóƥ ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="91" />
        <source>Weidian shops (*.weidian)</source>
        <translation>[Ŵéíđíáñ šĥóƥš (*.weidian) ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="105" />
        <source>Saved a copy as {0}</source>
        <translation>[Šáʋéđ á çóƥý áš {0} ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="107" />
        <source>Saving a copy…</source>
        <translation>[Šáʋíñĝ á çóƥý… ~~~~~]</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Severity</source>
        <translation>[Šéʋéŕíťý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Listing</source>
        <translation>[Ĺíšťíñĝ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Where</source>
        <translation>[Ŵĥéŕé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="60" />
        <source>Finding</source>
        <translation>[Ƒíñđíñĝ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>error</source>
        <translation>[éŕŕóŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>warning</source>
        <translation>[ŵáŕñíñĝ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="62" />
        <source>note</source>
        <translation>[ñóťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="80" />
        <source>Shop</source>
        <translation>[Šĥóƥ ~~]</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>All findings</source>
        <translation>[Áĺĺ ƒíñđíñĝš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Errors</source>
        <translation>[Éŕŕóŕš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Warnings</source>
        <translation>[Ŵáŕñíñĝš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Content</source>
        <translation>[Çóñťéñť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Counterfeit wording and brands</source>
        <translation>[Çóúñťéŕƒéíť ŵóŕđíñĝ áñđ ƀŕáñđš ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="144" />
        <source>Freshness</source>
        <translation>[Ƒŕéšĥñéšš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="147" />
        <source>Check again</source>
        <translation>[Çĥéçķ áĝáíñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="149" />
        <source>Open</source>
        <translation>[Óƥéñ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="173" />
        <source>Brand watch list</source>
        <translation>[Ɓŕáñđ ŵáťçĥ ĺíšť ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="175" />
        <source>Brands you must not name unless the goods are genuine, one per line. Listings that mention them get a warning.</source>
        <translation>[Ɓŕáñđš ýóú ɱúšť ñóť ñáɱé úñĺéšš ťĥé ĝóóđš áŕé ĝéñúíñé, óñé ƥéŕ ĺíñé. Ĺíšťíñĝš ťĥáť ɱéñťíóñ ťĥéɱ ĝéť á ŵáŕñíñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="180" />
        <source>Save list</source>
        <translation>[Šáʋé ĺíšť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="216" />
        <source>{0} across {1} products. Errors make the check fail; warnings do not.</source>
        <translation>[{0} áçŕóšš {1} ƥŕóđúçťš. Éŕŕóŕš ɱáķé ťĥé çĥéçķ ƒáíĺ; ŵáŕñíñĝš đó ñóť. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="206" />
        <source>{0} / 100</source>
        <translation>[{0} / 100 ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="212" />
        <source>{0} errors · {1} warnings</source>
        <translation>[{0} éŕŕóŕš · {1} ŵáŕñíñĝš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="214" />
        <source>{0} notes</source>
        <translation>[{0} ñóťéš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="96" />
        <source>Change the brand watch list</source>
        <translation>[Çĥáñĝé ťĥé ƀŕáñđ ŵáťçĥ ĺíšť ~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="73" />
        <source>Weidian Desktop Help</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ Ĥéĺƥ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="83" />
        <source>The help text is not installed with this copy of Weidian Desktop.</source>
        <translation>[Ťĥé ĥéĺƥ ťéẋť íš ñóť íñšťáĺĺéđ ŵíťĥ ťĥíš çóƥý óƒ Ŵéíđíáñ Đéšķťóƥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="83" />
        <source>Paste</source>
        <translation>[Ƥášťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="85" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="87" />
        <source>Remove</source>
        <translation>[Ŕéɱóʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="126" />
        <source>Drop an image here</source>
        <translation>[Đŕóƥ áñ íɱáĝé ĥéŕé ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="146" />
        <source>Preparing the image…</source>
        <translation>[Ƥŕéƥáŕíñĝ ťĥé íɱáĝé… ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="154" />
        <source>The clipboard holds no image or image file.</source>
        <translation>[Ťĥé çĺíƥƀóáŕđ ĥóĺđš ñó íɱáĝé óŕ íɱáĝé ƒíĺé. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="164" />
        <source>Choose an image</source>
        <translation>[Çĥóóšé áñ íɱáĝé ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="165" />
        <source>Images ({0})</source>
        <translation>[Íɱáĝéš ({0}) ~~~]</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="74" />
        <source>Paste (Ctrl+V) or drop photos here; drag to reorder. The first image is the cover.</source>
        <translation>[Ƥášťé (Ctrl+V) óŕ đŕóƥ ƥĥóťóš ĥéŕé; đŕáĝ ťó ŕéóŕđéŕ. Ťĥé ƒíŕšť íɱáĝé íš ťĥé çóʋéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="82" />
        <source>Cover</source>
        <translation>[Çóʋéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="85" />
        <source>No alt text yet</source>
        <translation>[Ñó áĺť ťéẋť ýéť ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ImportDiffDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="190" />
        <source>Import into {0}</source>
        <translation>[Íɱƥóŕť íñťó {0} ~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="199" />
        <source>%n new</source>
        <translation>
            <numerusform>[%n ñéŵ ~~]</numerusform>
            <numerusform>[%n ñéŵ ~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="200" />
        <source>%n price change(s)</source>
        <translation>
            <numerusform>[%n ƥŕíçé çĥáñĝé(š) ~~~~~~]</numerusform>
            <numerusform>[%n ƥŕíçé çĥáñĝé(š) ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="201" />
        <source>%n other change(s)</source>
        <translation>
            <numerusform>[%n óťĥéŕ çĥáñĝé(š) ~~~~~~]</numerusform>
            <numerusform>[%n óťĥéŕ çĥáñĝé(š) ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="202" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>[%n đíšçóñťíñúéđ ~~~~~]</numerusform>
            <numerusform>[%n đíšçóñťíñúéđ ~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="203" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>[%n úñçĥáñĝéđ ~~~~]</numerusform>
            <numerusform>[%n úñçĥáñĝéđ ~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="204" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>[%n ĺíñé(š) šķíƥƥéđ ~~~~~~]</numerusform>
            <numerusform>[%n ĺíñé(š) šķíƥƥéđ ~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="205" />
        <source>{0}: {1}, {2}.</source>
        <translation>[{0}: {1}, {2}. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="207" />
        <source>This import brings: {0}.</source>
        <translation>[Ťĥíš íɱƥóŕť ƀŕíñĝš: {0}. ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>SKU</source>
        <translation>[ŠĶÚ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <source>Price</source>
        <translation>[Ƥŕíçé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <source>Old price</source>
        <translation>[Óĺđ ƥŕíçé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="216" />
        <source>New price</source>
        <translation>[Ñéŵ ƥŕíçé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>In shop</source>
        <translation>[Íñ šĥóƥ ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="221" />
        <source>%n picked product(s): flagged</source>
        <translation>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š): ƒĺáĝĝéđ ~~~~~~~~~~]</numerusform>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š): ƒĺáĝĝéđ ~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Line</source>
        <translation>[Ĺíñé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Problem</source>
        <translation>[Ƥŕóƀĺéɱ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Result</source>
        <translation>[Ŕéšúĺť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>skipped</source>
        <translation>[šķíƥƥéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>warning</source>
        <translation>[ŵáŕñíñĝ ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="230" />
        <source>New (%n)</source>
        <translation>
            <numerusform>[Ñéŵ (%n) ~~]</numerusform>
            <numerusform>[Ñéŵ (%n) ~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="231" />
        <source>Price changes (%n)</source>
        <translation>
            <numerusform>[Ƥŕíçé çĥáñĝéš (%n) ~~~~~~]</numerusform>
            <numerusform>[Ƥŕíçé çĥáñĝéš (%n) ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="232" />
        <source>Discontinued (%n)</source>
        <translation>
            <numerusform>[Đíšçóñťíñúéđ (%n) ~~~~~~]</numerusform>
            <numerusform>[Đíšçóñťíñúéđ (%n) ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="233" />
        <source>Problems (%n)</source>
        <translation>
            <numerusform>[Ƥŕóƀĺéɱš (%n) ~~~~]</numerusform>
            <numerusform>[Ƥŕóƀĺéɱš (%n) ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="242" />
        <source>Products you picked follow the supplier's changes, except the fields you edited yourself. An import cannot be undone; Cancel during the import leaves the shop as it was.</source>
        <translation>[Ƥŕóđúçťš ýóú ƥíçķéđ ƒóĺĺóŵ ťĥé šúƥƥĺíéŕ'š çĥáñĝéš, éẋçéƥť ťĥé ƒíéĺđš ýóú éđíťéđ ýóúŕšéĺƒ. Áñ íɱƥóŕť çáññóť ƀé úñđóñé; Çáñçéĺ đúŕíñĝ ťĥé íɱƥóŕť ĺéáʋéš ťĥé šĥóƥ áš íť ŵáš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="260" />
        <source>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</source>
        <translation>
            <numerusform>[Ťĥíš ƒíĺé đóéš ñóť ĺíšť %n óƒ ťĥé íťéɱš {0} ĥáš ñóŵ. Íɱƥóŕťíñĝ íť ɱáŕķš ťĥéɱ đíšçóñťíñúéđ áñđ ƒĺáĝš ťĥé ƥŕóđúçťš ƥíçķéđ ƒŕóɱ ťĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[Ťĥíš ƒíĺé đóéš ñóť ĺíšť %n óƒ ťĥé íťéɱš {0} ĥáš ñóŵ. Íɱƥóŕťíñĝ íť ɱáŕķš ťĥéɱ đíšçóñťíñúéđ áñđ ƒĺáĝš ťĥé ƥŕóđúçťš ƥíçķéđ ƒŕóɱ ťĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="266" />
        <source>Yes, mark {0} of the {1} items of {2} discontinued</source>
        <translation>[Ýéš, ɱáŕķ {0} óƒ ťĥé {1} íťéɱš óƒ {2} đíšçóñťíñúéđ ~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="73" />
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation>[Ťĥé íɱƥóŕť šťóƥƥéđ óñ áñ úñéẋƥéçťéđ éŕŕóŕ ({0}); ñóťĥíñĝ ŵáš ŵŕíťťéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="98" />
        <source>Reading {0}…</source>
        <translation>[Ŕéáđíñĝ {0}… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="144" />
        <source>Comparing {0} with the stocklist…</source>
        <translation>[Çóɱƥáŕíñĝ {0} ŵíťĥ ťĥé šťóçķĺíšť… ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="159" />
        <source>Keeping a copy of the shop as it was…</source>
        <translation>[Ķééƥíñĝ á çóƥý óƒ ťĥé šĥóƥ áš íť ŵáš… ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="160" />
        <source>Importing {0}…</source>
        <translation>[Íɱƥóŕťíñĝ {0}… ~~~~]</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="70" />
        <source>Import {0}</source>
        <translation>[Íɱƥóŕť {0} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="79" />
        <source>{0} (detected)</source>
        <translation>[{0} (đéťéçťéđ) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="83" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="85" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="95" />
        <source>Supplier</source>
        <translation>[Šúƥƥĺíéŕ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="96" />
        <source>Format</source>
        <translation>[Ƒóŕɱáť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="97" />
        <source>Currency of the prices</source>
        <translation>[Çúŕŕéñçý óƒ ťĥé ƥŕíçéš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="99" />
        <source>Language of the titles</source>
        <translation>[Ĺáñĝúáĝé óƒ ťĥé ťíťĺéš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="104" />
        <source>Read file</source>
        <translation>[Ŕéáđ ƒíĺé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="125" />
        <source>As the file states.</source>
        <translation>[Áš ťĥé ƒíĺé šťáťéš. ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="126" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="136" />
        <source>As in this supplier's last import.</source>
        <translation>[Áš íñ ťĥíš šúƥƥĺíéŕ'š ĺášť íɱƥóŕť. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="127" />
        <source>The file does not say: choose the currency its prices are in.</source>
        <translation>[Ťĥé ƒíĺé đóéš ñóť šáý: çĥóóšé ťĥé çúŕŕéñçý íťš ƥŕíçéš áŕé íñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="135" />
        <source>Recognised from the titles.</source>
        <translation>[Ŕéçóĝñíšéđ ƒŕóɱ ťĥé ťíťĺéš. ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="137" />
        <source>Not recognised: choose the language the titles are written in.</source>
        <translation>[Ñóť ŕéçóĝñíšéđ: çĥóóšé ťĥé ĺáñĝúáĝé ťĥé ťíťĺéš áŕé ŵŕíťťéñ íñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>LabelChoices</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="48" />
        <source>Labels of each product, side by side.</source>
        <translation>[Ĺáƀéĺš óƒ éáçĥ ƥŕóđúçť, šíđé ƀý šíđé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="49" />
        <source>Cut lines (for plain paper)</source>
        <translation>[Çúť ĺíñéš (ƒóŕ ƥĺáíñ ƥáƥéŕ) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="52" />
        <source>All</source>
        <translation>[Áĺĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="53" />
        <source>None</source>
        <translation>[Ñóñé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="56" />
        <source>Label stock</source>
        <translation>[Ĺáƀéĺ šťóçķ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="57" />
        <source>Copies</source>
        <translation>[Çóƥíéš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="63" />
        <source>Products</source>
        <translation>[Ƥŕóđúçťš ~~~]</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="182" />
        <source>Default:</source>
        <translation>[Đéƒáúĺť: ~~~]</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="34" />
        <source>Licences</source>
        <translation>[Ĺíçéñçéš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="36" />
        <source>Weidian Desktop is free software under the MIT licence. It uses Qt under the GNU LGPL version 3: the Qt libraries are separate files in the app's folder, which you may replace with your own build of the same version. The licences of everything else it contains follow.</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ íš ƒŕéé šóƒťŵáŕé úñđéŕ ťĥé ṀÍŤ ĺíçéñçé. Íť úšéš Ɋť úñđéŕ ťĥé ĜÑÚ ĹĜƤĹ ʋéŕšíóñ 3: ťĥé Ɋť ĺíƀŕáŕíéš áŕé šéƥáŕáťé ƒíĺéš íñ ťĥé áƥƥ'š ƒóĺđéŕ, ŵĥíçĥ ýóú ɱáý ŕéƥĺáçé ŵíťĥ ýóúŕ óŵñ ƀúíĺđ óƒ ťĥé šáɱé ʋéŕšíóñ. Ťĥé ĺíçéñçéš óƒ éʋéŕýťĥíñĝ éĺšé íť çóñťáíñš ƒóĺĺóŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="48" />
        <source>The licence files are missing from this installation.</source>
        <translation>[Ťĥé ĺíçéñçé ƒíĺéš áŕé ɱíššíñĝ ƒŕóɱ ťĥíš íñšťáĺĺáťíóñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="89" />
        <source>Prices, languages and look</source>
        <translation>[Ƥŕíçéš, ĺáñĝúáĝéš áñđ ĺóóķ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="90" />
        <source>The currency of your prices, the languages of your shop and its colour.</source>
        <translation>[Ťĥé çúŕŕéñçý óƒ ýóúŕ ƥŕíçéš, ťĥé ĺáñĝúáĝéš óƒ ýóúŕ šĥóƥ áñđ íťš çóĺóúŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="98" />
        <source>Drops open and close, and posts are published, on this clock.</source>
        <translation>[Đŕóƥš óƥéñ áñđ çĺóšé, áñđ ƥóšťš áŕé ƥúƀĺíšĥéđ, óñ ťĥíš çĺóçķ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="106" />
        <source>Currency</source>
        <translation>[Çúŕŕéñçý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="107" />
        <source>Shop languages</source>
        <translation>[Šĥóƥ ĺáñĝúáĝéš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="110" />
        <source>Theme colour</source>
        <translation>[Ťĥéɱé çóĺóúŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="108" />
        <source>Time zone</source>
        <translation>[Ťíɱé žóñé ~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="67" />
        <source>Ready</source>
        <translation>[Ŕéáđý ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>[&amp;Ƒíĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="78" />
        <source>&amp;Edit</source>
        <translation>[&amp;Éđíť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="80" />
        <source>&amp;Undo</source>
        <translation>[&amp;Úñđó ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="82" />
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéđó ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="87" />
        <source>&amp;Preferences…</source>
        <translation>[&amp;Ƥŕéƒéŕéñçéš… ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="92" />
        <source>&amp;Go</source>
        <translation>[&amp;Ĝó ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="93" />
        <source>&amp;Help</source>
        <translation>[&amp;Ĥéĺƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="94" />
        <source>Weidian Desktop &amp;Help</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ &amp;Ĥéĺƥ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="97" />
        <source>&amp;Report a problem…</source>
        <translation>[&amp;Ŕéƥóŕť á ƥŕóƀĺéɱ… ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="98" />
        <source>Copy the version and system details to paste into a report</source>
        <translation>[Çóƥý ťĥé ʋéŕšíóñ áñđ šýšťéɱ đéťáíĺš ťó ƥášťé íñťó á ŕéƥóŕť ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="101" />
        <source>&amp;About Weidian Desktop</source>
        <translation>[&amp;Áƀóúť Ŵéíđíáñ Đéšķťóƥ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="136" />
        <source>Opened {0}</source>
        <translation>[Óƥéñéđ {0} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="147" />
        <source>Closed {0}; every change was saved.</source>
        <translation>[Çĺóšéđ {0}; éʋéŕý çĥáñĝé ŵáš šáʋéđ. ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="179" />
        <location filename="../weidian_desktop/ui/main_window.py" line="222" />
        <source>Weidian Desktop</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="184" />
        <source>{0} — {1}</source>
        <translation>[{0} — {1} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="215" />
        <source>Writing the demo shop…</source>
        <translation>[Ŵŕíťíñĝ ťĥé đéɱó šĥóƥ… ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="241" />
        <source>Report a problem</source>
        <translation>[Ŕéƥóŕť á ƥŕóƀĺéɱ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="242" />
        <source>The version of Weidian Desktop and of your system are on the clipboard. Paste them into your message, then say what you did, what you expected and what happened instead.</source>
        <translation>[Ťĥé ʋéŕšíóñ óƒ Ŵéíđíáñ Đéšķťóƥ áñđ óƒ ýóúŕ šýšťéɱ áŕé óñ ťĥé çĺíƥƀóáŕđ. Ƥášťé ťĥéɱ íñťó ýóúŕ ɱéššáĝé, ťĥéñ šáý ŵĥáť ýóú đíđ, ŵĥáť ýóú éẋƥéçťéđ áñđ ŵĥáť ĥáƥƥéñéđ íñšťéáđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="253" />
        <source>About Weidian Desktop</source>
        <translation>[Áƀóúť Ŵéíđíáñ Đéšķťóƥ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="254" />
        <source>&lt;h3&gt;Weidian Desktop {0}&lt;/h3&gt;&lt;p&gt;Build a mobile shop offline: one shop file in, a static HTML5 shop out.&lt;/p&gt;&lt;p&gt;Your shop stays on this computer; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>[&lt;h3&gt;Ŵéíđíáñ Đéšķťóƥ {0}&lt;/h3&gt;&lt;p&gt;Ɓúíĺđ á ɱóƀíĺé šĥóƥ óƒƒĺíñé: óñé šĥóƥ ƒíĺé íñ, á šťáťíç ĤŤṀĹ5 šĥóƥ óúť.&lt;/p&gt;&lt;p&gt;Ýóúŕ šĥóƥ šťáýš óñ ťĥíš çóɱƥúťéŕ; ñóťĥíñĝ íš šéñť áñýŵĥéŕé.&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="257" />
        <source>Qt {0} · Qt for Python {1} · free software under the MIT licence</source>
        <translation>[Ɋť {0} · Ɋť ƒóŕ Ƥýťĥóñ {1} · ƒŕéé šóƒťŵáŕé úñđéŕ ťĥé ṀÍŤ ĺíçéñçé ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="261" />
        <source>&amp;Licences…</source>
        <translation>[&amp;Ĺíçéñçéš… ~~~]</translation>
    </message>
</context>
<context>
    <name>MarginPreviewModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Supplier price</source>
        <translation>[Šúƥƥĺíéŕ ƥŕíçé ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Shop price</source>
        <translation>[Šĥóƥ ƥŕíçé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="45" />
        <source>Margin</source>
        <translation>[Ṁáŕĝíñ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="68" />
        <source>{0} ({1:.1f}%)</source>
        <translation>[{0} ({1:.1f}%) ~~]</translation>
    </message>
</context>
<context>
    <name>OnlineHoursDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="47" />
        <source>{piece!r} is not a window like 08:00-10:00.</source>
        <translation>[{piece!r} íš ñóť á ŵíñđóŵ ĺíķé 08:00-10:00. ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="63" />
        <source>Change online hours</source>
        <translation>[Çĥáñĝé óñĺíñé ĥóúŕš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="80" />
        <source>Hours buyers are online</source>
        <translation>[Ĥóúŕš ƀúýéŕš áŕé óñĺíñé ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="95" />
        <source>Windows</source>
        <translation>[Ŵíñđóŵš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="96" />
        <source>On the clock of</source>
        <translation>[Óñ ťĥé çĺóçķ óƒ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="98" />
        <source>Launch and publish times are suggested at the start of each window.</source>
        <translation>[Ĺáúñçĥ áñđ ƥúƀĺíšĥ ťíɱéš áŕé šúĝĝéšťéđ áť ťĥé šťáŕť óƒ éáçĥ ŵíñđóŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="123" />
        <source>On the shop's clock ({zone}) today: {windows}</source>
        <translation>[Óñ ťĥé šĥóƥ'š çĺóçķ ({zone}) ťóđáý: {windows} ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Confirm</source>
        <translation>[Çóñƒíŕɱ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Ordered from supplier</source>
        <translation>[Óŕđéŕéđ ƒŕóɱ šúƥƥĺíéŕ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Shipped…</source>
        <translation>[Šĥíƥƥéđ… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Delivered</source>
        <translation>[Đéĺíʋéŕéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="40" />
        <source>Cancel order</source>
        <translation>[Çáñçéĺ óŕđéŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="50" />
        <source>Order confirmed</source>
        <translation>[Óŕđéŕ çóñƒíŕɱéđ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="51" />
        <source>Shipped, with tracking number</source>
        <translation>[Šĥíƥƥéđ, ŵíťĥ ťŕáçķíñĝ ñúɱƀéŕ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="52" />
        <source>Arrived</source>
        <translation>[Áŕŕíʋéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="53" />
        <source>How to use</source>
        <translation>[Ĥóŵ ťó úšé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="55" />
        <source>Copy message for the chat</source>
        <translation>[Çóƥý ɱéššáĝé ƒóŕ ťĥé çĥáť ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="57" />
        <source>Edit wording…</source>
        <translation>[Éđíť ŵóŕđíñĝ… ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="61" />
        <source>Message:</source>
        <translation>[Ṁéššáĝé: ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="81" />
        <source>Paste a buyer's order message here (Ctrl+V or the Paste order button), or select an order.</source>
        <translation>[Ƥášťé á ƀúýéŕ'š óŕđéŕ ɱéššáĝé ĥéŕé (Ctrl+V óŕ ťĥé Ƥášťé óŕđéŕ ƀúťťóñ), óŕ šéĺéçť áñ óŕđéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="95" />
        <source>{0}: {1}</source>
        <translation>[{0}: {1} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Coupon</source>
        <translation>[Çóúƥóñ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Total</source>
        <translation>[Ťóťáĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="107" />
        <source>History (this computer’s clock)</source>
        <translation>[Ĥíšťóŕý (ťĥíš çóɱƥúťéŕ’š çĺóçķ) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="108" />
        <source>Message as pasted</source>
        <translation>[Ṁéššáĝé áš ƥášťéđ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Name</source>
        <translation>[Ñáɱé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Phone</source>
        <translation>[Ƥĥóñé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="114" />
        <source>Address</source>
        <translation>[Áđđŕéšš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="115" />
        <source>Note</source>
        <translation>[Ñóťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="116" />
        <source>Campaign</source>
        <translation>[Çáɱƥáíĝñ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="117" />
        <source>Tracking number</source>
        <translation>[Ťŕáçķíñĝ ñúɱƀéŕ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="67" />
        <source>Paste order</source>
        <translation>[Ƥášťé óŕđéŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="68" />
        <source>Record the order in the message on the clipboard (Ctrl+V)</source>
        <translation>[Ŕéçóŕđ ťĥé óŕđéŕ íñ ťĥé ɱéššáĝé óñ ťĥé çĺíƥƀóáŕđ (Ctrl+V) ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="71" />
        <source>All statuses</source>
        <translation>[Áĺĺ šťáťúšéš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="76" />
        <source>Search reference, buyer, phone, SKU, title</source>
        <translation>[Šéáŕçĥ ŕéƒéŕéñçé, ƀúýéŕ, ƥĥóñé, ŠĶÚ, ťíťĺé ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="79" />
        <source>Purchase orders…</source>
        <translation>[Ƥúŕçĥášé óŕđéŕš… ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per product</source>
        <translation>[ƥéŕ ƥŕóđúçť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per drop</source>
        <translation>[ƥéŕ đŕóƥ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="103" />
        <source>per campaign tag</source>
        <translation>[ƥéŕ çáɱƥáíĝñ ťáĝ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="113" />
        <source>Sales of orders not cancelled</source>
        <translation>[Šáĺéš óƒ óŕđéŕš ñóť çáñçéĺĺéđ ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="120" />
        <source>Orders</source>
        <translation>[Óŕđéŕš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="121" />
        <source>Sales</source>
        <translation>[Šáĺéš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="179" />
        <source>The clipboard holds no text: copy the buyer's whole message first.</source>
        <translation>[Ťĥé çĺíƥƀóáŕđ ĥóĺđš ñó ťéẋť: çóƥý ťĥé ƀúýéŕ'š ŵĥóĺé ɱéššáĝé ƒíŕšť. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="185" />
        <source>Not recorded: {0}</source>
        <translation>[Ñóť ŕéçóŕđéđ: {0} ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="188" />
        <source>Order {0} was already recorded; nothing changed.</source>
        <translation>[Óŕđéŕ {0} ŵáš áĺŕéáđý ŕéçóŕđéđ; ñóťĥíñĝ çĥáñĝéđ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="196" />
        <source>Recorded order {0}; check:</source>
        <translation>[Ŕéçóŕđéđ óŕđéŕ {0}; çĥéçķ: ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="199" />
        <source>Recorded order {0}.</source>
        <translation>[Ŕéçóŕđéđ óŕđéŕ {0}. ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="213" />
        <source>Orders → {0}</source>
        <translation>[Óŕđéŕš → {0} ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="223" />
        <source>Shipped</source>
        <translation>[Šĥíƥƥéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="224" />
        <source>Tracking number (optional):</source>
        <translation>[Ťŕáçķíñĝ ñúɱƀéŕ (óƥťíóñáĺ): ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="233" />
        <source>Copied to the clipboard: {0}</source>
        <translation>[Çóƥíéđ ťó ťĥé çĺíƥƀóáŕđ: {0} ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="238" />
        <source>Message wording</source>
        <translation>[Ṁéššáĝé ŵóŕđíñĝ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="239" />
        <source>Placeholders: {name} {reference} {items} {total} {tracking} {shop}. Leave empty for the standard wording.</source>
        <translation>[Ƥĺáçéĥóĺđéŕš: {name} {reference} {items} {total} {tracking} {shop}. Ĺéáʋé éɱƥťý ƒóŕ ťĥé šťáñđáŕđ ŵóŕđíñĝ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="257" />
        <source>Wrote {0}.</source>
        <translation>[Ŵŕóťé {0}. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="261" />
        <source>Orders → ordered</source>
        <translation>[Óŕđéŕš → óŕđéŕéđ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="266" />
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="273" />
        <source>Purchase orders</source>
        <translation>[Ƥúŕçĥášé óŕđéŕš ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="268" />
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>[ƤĐƑ (*.pdf);;ÇŠṼ (*.csv) ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="274" />
        <source>Mark these {0} orders as ordered from the supplier?</source>
        <translation>[Ṁáŕķ ťĥéšé {0} óŕđéŕš áš óŕđéŕéđ ƒŕóɱ ťĥé šúƥƥĺíéŕ? ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Reference</source>
        <translation>[Ŕéƒéŕéñçé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Date (this computer)</source>
        <translation>[Đáťé (ťĥíš çóɱƥúťéŕ) ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="30" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Buyer</source>
        <translation>[Ɓúýéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Items</source>
        <translation>[Íťéɱš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Total</source>
        <translation>[Ťóťáĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Campaign</source>
        <translation>[Çáɱƥáíĝñ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Warnings</source>
        <translation>[Ŵáŕñíñĝš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>requested</source>
        <translation>[ŕéʠúéšťéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>confirmed</source>
        <translation>[çóñƒíŕɱéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>ordered</source>
        <translation>[óŕđéŕéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>shipped</source>
        <translation>[šĥíƥƥéđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>delivered</source>
        <translation>[đéĺíʋéŕéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>cancelled</source>
        <translation>[çáñçéĺĺéđ ~~~]</translation>
    </message>
</context>
<context>
    <name>OrdersUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_undo.py" line="31" />
        <source>Record order {0}</source>
        <translation>[Ŕéçóŕđ óŕđéŕ {0} ~~~~~]</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="99" />
        <source>Shop</source>
        <translation>[Šĥóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="100" />
        <source>Products</source>
        <translation>[Ƥŕóđúçťš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="101" />
        <source>Stocklists</source>
        <translation>[Šťóçķĺíšťš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="102" />
        <source>Drops &amp; coupons</source>
        <translation>[Đŕóƥš &amp; çóúƥóñš ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="103" />
        <source>Orders</source>
        <translation>[Óŕđéŕš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="104" />
        <source>Posts</source>
        <translation>[Ƥóšťš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="105" />
        <source>FAQ</source>
        <translation>[ƑÁɊ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="106" />
        <source>Health</source>
        <translation>[Ĥéáĺťĥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="107" />
        <source>QR &amp; posters</source>
        <translation>[ɊŔ &amp; ƥóšťéŕš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="109" />
        <source>Export</source>
        <translation>[Éẋƥóŕť ~~]</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="156" />
        <source>Shop preview</source>
        <translation>[Šĥóƥ ƥŕéʋíéŵ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="161" />
        <source>Back</source>
        <translation>[Ɓáçķ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="163" />
        <source>Shop home</source>
        <translation>[Šĥóƥ ĥóɱé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="165" />
        <source>Reload</source>
        <translation>[Ŕéĺóáđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="167" />
        <source>Phone preview</source>
        <translation>[Ƥĥóñé ƥŕéʋíéŵ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="174" />
        <source>Export the shop to see it here at a phone's width.</source>
        <translation>[Éẋƥóŕť ťĥé šĥóƥ ťó šéé íť ĥéŕé áť á ƥĥóñé'š ŵíđťĥ. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="241" />
        <source>The preview stays offline; open the shop in the browser to follow {0}</source>
        <translation>[Ťĥé ƥŕéʋíéŵ šťáýš óƒƒĺíñé; óƥéñ ťĥé šĥóƥ íñ ťĥé ƀŕóŵšéŕ ťó ƒóĺĺóŵ {0} ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="246" />
        <source>The preview stopped; press Reload to show the shop again.</source>
        <translation>[Ťĥé ƥŕéʋíéŵ šťóƥƥéđ; ƥŕéšš Ŕéĺóáđ ťó šĥóŵ ťĥé šĥóƥ áĝáíñ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="54" />
        <source>Choose photos</source>
        <translation>[Çĥóóšé ƥĥóťóš ~~~~~]</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="90" />
        <source>Pick %n item(s) into the shop</source>
        <translation>
            <numerusform>[Ƥíçķ %n íťéɱ(š) íñťó ťĥé šĥóƥ ~~~~~~~~~~]</numerusform>
            <numerusform>[Ƥíçķ %n íťéɱ(š) íñťó ťĥé šĥóƥ ~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>no rounding</source>
        <translation>[ñó ŕóúñđíñĝ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>up to .99</source>
        <translation>[úƥ ťó .99 ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to .90</source>
        <translation>[úƥ ťó .90 ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to whole units</source>
        <translation>[úƥ ťó ŵĥóĺé úñíťš ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="112" />
        <source>Carry the supplier's stock counts (default: products are on request)</source>
        <translation>[Çáŕŕý ťĥé šúƥƥĺíéŕ'š šťóçķ çóúñťš (đéƒáúĺť: ƥŕóđúçťš áŕé óñ ŕéʠúéšť) ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="115" />
        <source>Markup</source>
        <translation>[Ṁáŕķúƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="116" />
        <source>Plus a fixed amount</source>
        <translation>[Ƥĺúš á ƒíẋéđ áɱóúñť ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="117" />
        <source>Rounding</source>
        <translation>[Ŕóúñđíñĝ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="119" />
        <source>Exchange rate {0} → {1}</source>
        <translation>[Éẋçĥáñĝé ŕáťé {0} → {1} ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="135" />
        <source>Pick</source>
        <translation>[Ƥíçķ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="140" />
        <source>Margin per product (before shipping and fees)</source>
        <translation>[Ṁáŕĝíñ ƥéŕ ƥŕóđúçť (ƀéƒóŕé šĥíƥƥíñĝ áñđ ƒééš) ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Short post</source>
        <translation>[Šĥóŕť ƥóšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Article</source>
        <translation>[Áŕťíçĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="90" />
        <source>Product recommendation</source>
        <translation>[Ƥŕóđúçť ŕéçóɱɱéñđáťíóñ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="91" />
        <source>9-photo post</source>
        <translation>[9-ƥĥóťó ƥóšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="98" />
        <source>Every language</source>
        <translation>[Éʋéŕý ĺáñĝúáĝé ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="105" />
        <source>Buyers online at…</source>
        <translation>[Ɓúýéŕš óñĺíñé áť… ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="116" />
        <source>Published</source>
        <translation>[Ƥúƀĺíšĥéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="117" />
        <source>Draft</source>
        <translation>[Đŕáƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="127" />
        <source>Add photos…</source>
        <translation>[Áđđ ƥĥóťóš… ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="128" />
        <source>Remove photo</source>
        <translation>[Ŕéɱóʋé ƥĥóťó ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="129" />
        <source>Alt text…</source>
        <translation>[Áĺť ťéẋť… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="134" />
        <source>Save post</source>
        <translation>[Šáʋé ƥóšť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="139" />
        <source>Kind</source>
        <translation>[Ķíñđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="140" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="141" />
        <source>Text</source>
        <translation>[Ťéẋť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="142" />
        <source>Language</source>
        <translation>[Ĺáñĝúáĝé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="143" />
        <source>Publish at</source>
        <translation>[Ƥúƀĺíšĥ áť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="144" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="145" />
        <source>Products</source>
        <translation>[Ƥŕóđúçťš ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="146" />
        <source>Photos</source>
        <translation>[Ƥĥóťóš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="185" />
        <source>(no alt text)</source>
        <translation>[(ñó áĺť ťéẋť) ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Alt text</source>
        <translation>[Áĺť ťéẋť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Describe the photo</source>
        <translation>[Đéšçŕíƀé ťĥé ƥĥóťó ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Kind</source>
        <translation>[Ķíñđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Publish at (shop’s clock)</source>
        <translation>[Ƥúƀĺíšĥ áť (šĥóƥ’š çĺóçķ) ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="79" />
        <source>New post</source>
        <translation>[Ñéŵ ƥóšť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="80" />
        <source>Delete</source>
        <translation>[Đéĺéťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="109" />
        <source>draft</source>
        <translation>[đŕáƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="110" />
        <source>scheduled</source>
        <translation>[šçĥéđúĺéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="111" />
        <source>published</source>
        <translation>[ƥúƀĺíšĥéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="160" />
        <source>Saved.</source>
        <translation>[Šáʋéđ. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="151" />
        <source>Add post</source>
        <translation>[Áđđ ƥóšť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="155" />
        <source>Edit post</source>
        <translation>[Éđíť ƥóšť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="165" />
        <source>Delete post</source>
        <translation>[Đéĺéťé ƥóšť ~~~~]</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="36" />
        <source>System language</source>
        <translation>[Šýšťéɱ ĺáñĝúáĝé ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="40" />
        <source>Pseudo-language (layout check)</source>
        <translation>[Ƥšéúđó-ĺáñĝúáĝé (ĺáýóúť çĥéçķ) ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="52" />
        <source>Preferences</source>
        <translation>[Ƥŕéƒéŕéñçéš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="62" />
        <source>Language of the app</source>
        <translation>[Ĺáñĝúáĝé óƒ ťĥé áƥƥ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="63" />
        <source>The new language is used once Weidian Desktop starts again.</source>
        <translation>[Ťĥé ñéŵ ĺáñĝúáĝé íš úšéđ óñçé Ŵéíđíáñ Đéšķťóƥ šťáŕťš áĝáíñ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="87" />
        <source>Language</source>
        <translation>[Ĺáñĝúáĝé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="88" />
        <source>Weidian Desktop speaks the new language after a restart. Every change is already saved, and the shop opens again.</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ šƥéáķš ťĥé ñéŵ ĺáñĝúáĝé áƒťéŕ á ŕéšťáŕť. Éʋéŕý çĥáñĝé íš áĺŕéáđý šáʋéđ, áñđ ťĥé šĥóƥ óƥéñš áĝáíñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="91" />
        <source>Restart now</source>
        <translation>[Ŕéšťáŕť ñóŵ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="93" />
        <source>Later</source>
        <translation>[Ĺáťéŕ ~~]</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="78" />
        <source>What buyers see first, e.g. 真丝围巾 silk scarf</source>
        <translation>[Ŵĥáť ƀúýéŕš šéé ƒíŕšť, é.ĝ. 真丝围巾 šíĺķ šçáŕƒ ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="85" />
        <source>Plain text; an empty line starts a new paragraph.</source>
        <translation>[Ƥĺáíñ ťéẋť; áñ éɱƥťý ĺíñé šťáŕťš á ñéŵ ƥáŕáĝŕáƥĥ. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="93" />
        <source>optional</source>
        <translation>[óƥťíóñáĺ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="94" />
        <source>The earlier price, shown struck through</source>
        <translation>[Ťĥé éáŕĺíéŕ ƥŕíçé, šĥóŵñ šťŕúçķ ťĥŕóúĝĥ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="97" />
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="242" />
        <source>Compare at</source>
        <translation>[Çóɱƥáŕé áť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>On request</source>
        <translation>[Óñ ŕéʠúéšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>In stock</source>
        <translation>[Íñ šťóçķ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="102" />
        <source>Sold out</source>
        <translation>[Šóĺđ óúť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="105" />
        <source> in stock</source>
        <translation>[ íñ šťóçķ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Draft (not in the shop)</source>
        <translation>[Đŕáƒť (ñóť íñ ťĥé šĥóƥ) ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Published</source>
        <translation>[Ƥúƀĺíšĥéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="122" />
        <source>separated by commas</source>
        <translation>[šéƥáŕáťéđ ƀý çóɱɱáš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="126" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="127" />
        <source>Photos</source>
        <translation>[Ƥĥóťóš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="128" />
        <source>Description</source>
        <translation>[Đéšçŕíƥťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="129" />
        <source>Translations</source>
        <translation>[Ťŕáñšĺáťíóñš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="174" />
        <source>Price ({0})</source>
        <translation>[Ƥŕíçé ({0}) ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="239" />
        <source>Price</source>
        <translation>[Ƥŕíçé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="269" />
        <source>Not saved: the lower price waits for you to correct it or to save it again.</source>
        <translation>[Ñóť šáʋéđ: ťĥé ĺóŵéŕ ƥŕíçé ŵáíťš ƒóŕ ýóú ťó çóŕŕéçť íť óŕ ťó šáʋé íť áĝáíñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="306" />
        <source>{name}: {old} → {new}</source>
        <translation>[{name}: {old} → {new} ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="309" />
        <source>%n price(s) fall to less than half:</source>
        <translation>
            <numerusform>[%n ƥŕíçé(š) ƒáĺĺ ťó ĺéšš ťĥáñ ĥáĺƒ: ~~~~~~~~~~~~~]</numerusform>
            <numerusform>[%n ƥŕíçé(š) ƒáĺĺ ťó ĺéšš ťĥáñ ĥáĺƒ: ~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="311" />
        <source>Save the lower price?</source>
        <translation>[Šáʋé ťĥé ĺóŵéŕ ƥŕíçé? ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="315" />
        <source>Lower the price?</source>
        <translation>[Ĺóŵéŕ ťĥé ƥŕíçé? ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="317" />
        <source>Save the lower price</source>
        <translation>[Šáʋé ťĥé ĺóŵéŕ ƥŕíçé ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="318" />
        <source>Keep editing</source>
        <translation>[Ķééƥ éđíťíñĝ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="134" />
        <source>SKU</source>
        <translation>[ŠĶÚ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="135" />
        <source>Availability</source>
        <translation>[Áʋáíĺáƀíĺíťý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="136" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="137" />
        <source>Collections</source>
        <translation>[Çóĺĺéçťíóñš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="138" />
        <source>Tags</source>
        <translation>[Ťáĝš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="139" />
        <source>Options</source>
        <translation>[Óƥťíóñš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="150" />
        <source>Save</source>
        <translation>[Šáʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="153" />
        <source>Revert</source>
        <translation>[Ŕéʋéŕť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="195" />
        <source>New product</source>
        <translation>[Ñéŵ ƥŕóđúçť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="237" />
        <source>Give the product a price.</source>
        <translation>[Ĝíʋé ťĥé ƥŕóđúçť á ƥŕíçé. ~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProductImagesPanel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="68" />
        <source>Add…</source>
        <translation>[Áđđ… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="69" />
        <source>Add photos from files</source>
        <translation>[Áđđ ƥĥóťóš ƒŕóɱ ƒíĺéš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="71" />
        <source>Paste</source>
        <translation>[Ƥášťé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="72" />
        <source>Paste photos ({0})</source>
        <translation>[Ƥášťé ƥĥóťóš ({0}) ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="76" />
        <source>Cover</source>
        <translation>[Çóʋéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="77" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="107" />
        <source>Make the selected photo the cover</source>
        <translation>[Ṁáķé ťĥé šéĺéçťéđ ƥĥóťó ťĥé çóʋéŕ ~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="79" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="108" />
        <source>Alt text…</source>
        <translation>[Áĺť ťéẋť… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="80" />
        <source>Describe the photo for buyers who cannot see it</source>
        <translation>[Đéšçŕíƀé ťĥé ƥĥóťó ƒóŕ ƀúýéŕš ŵĥó çáññóť šéé íť ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="82" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="109" />
        <source>Remove</source>
        <translation>[Ŕéɱóʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="162" />
        <source>The clipboard holds no image or image file.</source>
        <translation>[Ťĥé çĺíƥƀóáŕđ ĥóĺđš ñó íɱáĝé óŕ íɱáĝé ƒíĺé. ~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="168" />
        <source>Add photos</source>
        <translation>[Áđđ ƥĥóťóš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="169" />
        <source>Images ({0})</source>
        <translation>[Íɱáĝéš ({0}) ~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="180" />
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>[Áđđíñĝ %n ƥĥóťó(š)… ~~~~~~]</numerusform>
            <numerusform>[Áđđíñĝ %n ƥĥóťó(š)… ~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="223" />
        <source>Alt text</source>
        <translation>[Áĺť ťéẋť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="224" />
        <source>Describe the photo for buyers who cannot see it:</source>
        <translation>[Đéšçŕíƀé ťĥé ƥĥóťó ƒóŕ ƀúýéŕš ŵĥó çáññóť šéé íť: ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="66" />
        <source>Search title, SKU or tag</source>
        <translation>[Šéáŕçĥ ťíťĺé, ŠĶÚ óŕ ťáĝ ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="69" />
        <source>New product</source>
        <translation>[Ñéŵ ƥŕóđúçť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="71" />
        <source>Edit selected</source>
        <translation>[Éđíť šéĺéçťéđ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="75" />
        <source>Delete</source>
        <translation>[Đéĺéťé ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="175" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>[%n ƥŕóđúçť(š) ~~~~]</numerusform>
            <numerusform>[%n ƥŕóđúçť(š) ~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="286" />
        <source>Change the price of %n product(s) by {0}%</source>
        <translation>
            <numerusform>[Çĥáñĝé ťĥé ƥŕíçé óƒ %n ƥŕóđúçť(š) ƀý {0}% ~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[Çĥáñĝé ťĥé ƥŕíçé óƒ %n ƥŕóđúçť(š) ƀý {0}% ~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="293" />
        <source>Publish %n product(s)</source>
        <translation>
            <numerusform>[Ƥúƀĺíšĥ %n ƥŕóđúçť(š) ~~~~~~~]</numerusform>
            <numerusform>[Ƥúƀĺíšĥ %n ƥŕóđúçť(š) ~~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="294" />
        <source>Make %n product(s) drafts</source>
        <translation>
            <numerusform>[Ṁáķé %n ƥŕóđúçť(š) đŕáƒťš ~~~~~~~~~]</numerusform>
            <numerusform>[Ṁáķé %n ƥŕóđúçť(š) đŕáƒťš ~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="300" />
        <source>Add %n product(s) to {0}</source>
        <translation>
            <numerusform>[Áđđ %n ƥŕóđúçť(š) ťó {0} ~~~~~~~]</numerusform>
            <numerusform>[Áđđ %n ƥŕóđúçť(š) ťó {0} ~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="307" />
        <source>Change price by percent…</source>
        <translation>[Çĥáñĝé ƥŕíçé ƀý ƥéŕçéñť… ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="309" />
        <source>Publish</source>
        <translation>[Ƥúƀĺíšĥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="310" />
        <source>Make drafts</source>
        <translation>[Ṁáķé đŕáƒťš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="313" />
        <source>Add to collection</source>
        <translation>[Áđđ ťó çóĺĺéçťíóñ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="320" />
        <source>Change prices</source>
        <translation>[Çĥáñĝé ƥŕíçéš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="321" />
        <source>Percent to add (negative to lower), e.g. 10 or -15:</source>
        <translation>[Ƥéŕçéñť ťó áđđ (ñéĝáťíʋé ťó ĺóŵéŕ), é.ĝ. 10 óŕ -15: ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Price</source>
        <translation>[Ƥŕíçé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Availability</source>
        <translation>[Áʋáíĺáƀíĺíťý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Status</source>
        <translation>[Šťáťúš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Collection</source>
        <translation>[Çóĺĺéçťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>draft</source>
        <translation>[đŕáƒť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>published</source>
        <translation>[ƥúƀĺíšĥéđ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="129" />
        <source>Cover image</source>
        <translation>[Çóʋéŕ íɱáĝé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="166" />
        <source>SKU {0}</source>
        <translation>[ŠĶÚ {0} ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="168" />
        <source>%n variant(s)</source>
        <translation>
            <numerusform>[%n ʋáŕíáñť(š) ~~~~]</numerusform>
            <numerusform>[%n ʋáŕíáñť(š) ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="196" />
        <source>on request</source>
        <translation>[óñ ŕéʠúéšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="198" />
        <source>sold out</source>
        <translation>[šóĺđ óúť ~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="199" />
        <source>%n in stock</source>
        <translation>
            <numerusform>[%n íñ šťóçķ ~~~]</numerusform>
            <numerusform>[%n íñ šťóçķ ~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Add product “{0}”</source>
        <translation>[Áđđ ƥŕóđúçť “{0}” ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Edit product “{0}”</source>
        <translation>[Éđíť ƥŕóđúçť “{0}” ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Choose cover image</source>
        <translation>[Çĥóóšé çóʋéŕ íɱáĝé ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Reorder images</source>
        <translation>[Ŕéóŕđéŕ íɱáĝéš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="172" />
        <source>Edit alt text</source>
        <translation>[Éđíť áĺť ťéẋť ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="190" />
        <source>Remove image</source>
        <translation>[Ŕéɱóʋé íɱáĝé ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
    <translation>
            <numerusform>[Đéĺéťé %n ƥŕóđúçť(š) ~~~~~~~]</numerusform>
            <numerusform>[Đéĺéťé %n ƥŕóđúçť(š) ~~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
    <translation>
            <numerusform>[Áđđ %n íɱáĝé(š) ~~~~~]</numerusform>
            <numerusform>[Áđđ %n íɱáĝé(š) ~~~~~]</numerusform>
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
        <translation>[Ƥúƀĺíšĥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="70" />
        <source>Publish target</source>
        <translation>[Ƥúƀĺíšĥ ťáŕĝéť ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="73" />
        <source>S3 endpoint</source>
        <translation>[Š3 éñđƥóíñť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="74" />
        <source>Readable by anyone (public-read)</source>
        <translation>[Ŕéáđáƀĺé ƀý áñýóñé (ƥúƀĺíç-ŕéáđ) ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="78" />
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="142" />
        <source>SSH key file</source>
        <translation>[ŠŠĤ ķéý ƒíĺé ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="79" />
        <source>Choose…</source>
        <translation>[Çĥóóšé… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="85" />
        <source>Target:</source>
        <translation>[Ťáŕĝéť: ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="86" />
        <source>Endpoint:</source>
        <translation>[Éñđƥóíñť: ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="88" />
        <source>Key file:</source>
        <translation>[Ķéý ƒíĺé: ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="89" />
        <source>A folder, SFTP, S3-compatible storage (R2, OSS, COS, B2, MinIO) or a git branch for GitHub, Gitee or Codeberg Pages. Passwords go to the system keyring, never into the shop file.</source>
        <translation>[Á ƒóĺđéŕ, ŠƑŤƤ, Š3-çóɱƥáťíƀĺé šťóŕáĝé (Ŕ2, ÓŠŠ, ÇÓŠ, Ɓ2, ṀíñÍÓ) óŕ á ĝíť ƀŕáñçĥ ƒóŕ ĜíťĤúƀ, Ĝíťéé óŕ Çóđéƀéŕĝ Ƥáĝéš. Ƥáššŵóŕđš ĝó ťó ťĥé šýšťéɱ ķéýŕíñĝ, ñéʋéŕ íñťó ťĥé šĥóƥ ƒíĺé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="94" />
        <source>Test connection</source>
        <translation>[Ťéšť çóññéçťíóñ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="98" />
        <source>Open shop</source>
        <translation>[Óƥéñ šĥóƥ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="178" />
        <source>Testing the connection…</source>
        <translation>[Ťéšťíñĝ ťĥé çóññéçťíóñ… ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="186" />
        <source>Publishing the shop…</source>
        <translation>[Ƥúƀĺíšĥíñĝ ťĥé šĥóƥ… ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="226" />
        <source>Unknown server</source>
        <translation>[Úñķñóŵñ šéŕʋéŕ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="227" />
        <source>This is the first connection to {0}. Its key's fingerprint is

{1}

Compare it with the one your host shows. Trust this server and remember it?</source>
        <translation>[Ťĥíš íš ťĥé ƒíŕšť çóññéçťíóñ ťó {0}. Íťš ķéý'š ƒíñĝéŕƥŕíñť íš

{1}

Çóɱƥáŕé íť ŵíťĥ ťĥé óñé ýóúŕ ĥóšť šĥóŵš. Ťŕúšť ťĥíš šéŕʋéŕ áñđ ŕéɱéɱƀéŕ íť? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>The shop</source>
        <translation>[Ťĥé šĥóƥ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>A product</source>
        <translation>[Á ƥŕóđúçť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="72" />
        <source>A collection</source>
        <translation>[Á çóĺĺéçťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="73" />
        <source>A drop</source>
        <translation>[Á đŕóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="74" />
        <source>Labels</source>
        <translation>[Ĺáƀéĺš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="83" />
        <source>Crop marks</source>
        <translation>[Çŕóƥ ɱáŕķš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="86" />
        <source>e.g. poster-a4-stall</source>
        <translation>[é.ĝ. ƥóšťéŕ-á4-šťáĺĺ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="88" />
        <source>Added to the link as ?src=…, so an order message says which poster sold.</source>
        <translation>[Áđđéđ ťó ťĥé ĺíñķ áš ?šŕç=…, šó áñ óŕđéŕ ɱéššáĝé šáýš ŵĥíçĥ ƥóšťéŕ šóĺđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="89" />
        <source>Shop logo in the centre</source>
        <translation>[Šĥóƥ ĺóĝó íñ ťĥé çéñťŕé ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="92" />
        <source>For</source>
        <translation>[Ƒóŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="93" />
        <source>Which</source>
        <translation>[Ŵĥíçĥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="94" />
        <source>Template</source>
        <translation>[Ťéɱƥĺáťé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="95" />
        <source>Paper</source>
        <translation>[Ƥáƥéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="96" />
        <source>Bleed</source>
        <translation>[Ɓĺééđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="98" />
        <source>Campaign tag</source>
        <translation>[Çáɱƥáíĝñ ťáĝ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="101" />
        <source>Save as…</source>
        <translation>[Šáʋé áš… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="102" />
        <source>Print…</source>
        <translation>[Ƥŕíñť… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Poster</source>
        <translation>[Ƥóšťéŕ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Label sheet</source>
        <translation>[Ĺáƀéĺ šĥééť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="154" />
        <source>Story image (1080×1920)</source>
        <translation>[Šťóŕý íɱáĝé (1080×1920) ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>Square image (1080×1080)</source>
        <translation>[Šʠúáŕé íɱáĝé (1080×1080) ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>QR code only</source>
        <translation>[ɊŔ çóđé óñĺý ~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="214" />
        <source>%n label(s)</source>
        <translation>
            <numerusform>[%n ĺáƀéĺ(š) ~~~]</numerusform>
            <numerusform>[%n ĺáƀéĺ(š) ~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="225" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>[%n ƥáĝé(š) ~~~]</numerusform>
            <numerusform>[%n ƥáĝé(š) ~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PDF document (*.pdf)</source>
        <translation>[ƤĐƑ đóçúɱéñť (*.pdf) ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PNG image (*.png)</source>
        <translation>[ƤÑĜ íɱáĝé (*.png) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="262" />
        <source>SVG image (*.svg)</source>
        <translation>[ŠṼĜ íɱáĝé (*.svg) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="265" />
        <source>Save</source>
        <translation>[Šáʋé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="286" />
        <source>Saved {0}.</source>
        <translation>[Šáʋéđ {0}. ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="288" />
        <source>Saving…</source>
        <translation>[Šáʋíñĝ… ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="313" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>[Šéñť %n ƥáĝé(š) ťó ťĥé ƥŕíñťéŕ. ~~~~~~~~~~~]</numerusform>
            <numerusform>[Šéñť %n ƥáĝé(š) ťó ťĥé ƥŕíñťéŕ. ~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="315" />
        <source>Preparing the pages for printing…</source>
        <translation>[Ƥŕéƥáŕíñĝ ťĥé ƥáĝéš ƒóŕ ƥŕíñťíñĝ… ~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="106" />
        <source>Who you are and what you sell, for the shop's About section.</source>
        <translation>[Ŵĥó ýóú áŕé áñđ ŵĥáť ýóú šéĺĺ, ƒóŕ ťĥé šĥóƥ'š Áƀóúť šéçťíóñ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="109" />
        <source>Paste (Ctrl+V), drop or choose a square image.</source>
        <translation>[Ƥášťé (Ctrl+V), đŕóƥ óŕ çĥóóšé á šʠúáŕé íɱáĝé. ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="115" />
        <source>https://shop.example.com/ (optional)</source>
        <translation>[https://shop.example.com/ (óƥťíóñáĺ) ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="119" />
        <source>Shop name</source>
        <translation>[Šĥóƥ ñáɱé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="120" />
        <source>Tagline</source>
        <translation>[Ťáĝĺíñé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="121" />
        <source>About</source>
        <translation>[Áƀóúť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="122" />
        <source>Logo</source>
        <translation>[Ĺóĝó ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="124" />
        <source>Currency</source>
        <translation>[Çúŕŕéñçý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="125" />
        <source>Shop languages</source>
        <translation>[Šĥóƥ ĺáñĝúáĝéš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="126" />
        <source>Theme colour</source>
        <translation>[Ťĥéɱé çóĺóúŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="127" />
        <source>Time zone</source>
        <translation>[Ťíɱé žóñé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="128" />
        <source>Shop address</source>
        <translation>[Šĥóƥ áđđŕéšš ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="137" />
        <source>Shop</source>
        <translation>[Šĥóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="142" />
        <source>Every change is saved as you make it; Edit &gt; Undo takes it back.</source>
        <translation>[Éʋéŕý çĥáñĝé íš šáʋéđ áš ýóú ɱáķé íť; Éđíť &gt; Úñđó ťáķéš íť ƀáçķ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="145" />
        <source>Shopfront</source>
        <translation>[Šĥóƥƒŕóñť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="146" />
        <source>Prices, languages and look</source>
        <translation>[Ƥŕíçéš, ĺáñĝúáĝéš áñđ ĺóóķ ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="147" />
        <source>How buyers reach you</source>
        <translation>[Ĥóŵ ƀúýéŕš ŕéáçĥ ýóú ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="196" />
        <source>Change shop name</source>
        <translation>[Çĥáñĝé šĥóƥ ñáɱé ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="198" />
        <source>Change tagline</source>
        <translation>[Çĥáñĝé ťáĝĺíñé ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="200" />
        <source>Change About</source>
        <translation>[Çĥáñĝé Áƀóúť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="203" />
        <source>Change shop address</source>
        <translation>[Çĥáñĝé šĥóƥ áđđŕéšš ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="206" />
        <source>Change currency</source>
        <translation>[Çĥáñĝé çúŕŕéñçý ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="208" />
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="212" />
        <source>Change time zone</source>
        <translation>[Çĥáñĝé ťíɱé žóñé ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="214" />
        <source>Change theme colour</source>
        <translation>[Çĥáñĝé ťĥéɱé çóĺóúŕ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="247" />
        <source>Prices keep their amounts; they are not converted to the new currency.</source>
        <translation>[Ƥŕíçéš ķééƥ ťĥéíŕ áɱóúñťš; ťĥéý áŕé ñóť çóñʋéŕťéđ ťó ťĥé ñéŵ çúŕŕéñçý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="254" />
        <source>The shop needs at least one language.</source>
        <translation>[Ťĥé šĥóƥ ñééđš áť ĺéášť óñé ĺáñĝúáĝé. ~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="264" />
        <source>Change shop languages</source>
        <translation>[Çĥáñĝé šĥóƥ ĺáñĝúáĝéš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="274" />
        <source>Change logo</source>
        <translation>[Çĥáñĝé ĺóĝó ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="282" />
        <source>Add at least one contact channel: buyers send their orders there.</source>
        <translation>[Áđđ áť ĺéášť óñé çóñťáçť çĥáññéĺ: ƀúýéŕš šéñđ ťĥéíŕ óŕđéŕš ťĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="307" />
        <source>Change {0}</source>
        <translation>[Çĥáñĝé {0} ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="313" />
        <source>Enter and save the WeChat ID first; the QR code belongs to it.</source>
        <translation>[Éñťéŕ áñđ šáʋé ťĥé ŴéÇĥáť ÍĐ ƒíŕšť; ťĥé ɊŔ çóđé ƀéĺóñĝš ťó íť. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="318" />
        <source>Change WeChat QR</source>
        <translation>[Çĥáñĝé ŴéÇĥáť ɊŔ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_view.py" line="147" />
        <source>This page could not be opened: {0}</source>
        <translation>[Ťĥíš ƥáĝé çóúĺđ ñóť ƀé óƥéñéđ: {0} ~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ShopWizard</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="155" />
        <source>Register a shopfront</source>
        <translation>[Ŕéĝíšťéŕ á šĥóƥƒŕóñť ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="167" />
        <source>Create shop…</source>
        <translation>[Çŕéáťé šĥóƥ… ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="196" />
        <source>Save the new shop as</source>
        <translation>[Šáʋé ťĥé ñéŵ šĥóƥ áš ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="197" />
        <source>Weidian shops (*.weidian)</source>
        <translation>[Ŵéíđíáñ šĥóƥš (*.weidian) ~~~~~]</translation>
    </message>
</context>
<context>
    <name>ShopfrontPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="64" />
        <source>Your shopfront</source>
        <translation>[Ýóúŕ šĥóƥƒŕóñť ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="65" />
        <source>What buyers see first. You can change all of it later on the Shop page.</source>
        <translation>[Ŵĥáť ƀúýéŕš šéé ƒíŕšť. Ýóú çáñ çĥáñĝé áĺĺ óƒ íť ĺáťéŕ óñ ťĥé Šĥóƥ ƥáĝé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="70" />
        <source>e.g. 小满杂货铺 Xiaoman Goods</source>
        <translation>[é.ĝ. 小满杂货铺 Ẋíáóɱáñ Ĝóóđš ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="73" />
        <source>e.g. Small-batch goods, new every week</source>
        <translation>[é.ĝ. Šɱáĺĺ-ƀáťçĥ ĝóóđš, ñéŵ éʋéŕý ŵééķ ~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="74" />
        <source>Square works best. Paste it (Ctrl+V), drop it here or choose a file.</source>
        <translation>[Šʠúáŕé ŵóŕķš ƀéšť. Ƥášťé íť (Ctrl+V), đŕóƥ íť ĥéŕé óŕ çĥóóšé á ƒíĺé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="78" />
        <source>Shop name</source>
        <translation>[Šĥóƥ ñáɱé ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="79" />
        <source>Tagline</source>
        <translation>[Ťáĝĺíñé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="80" />
        <source>Logo</source>
        <translation>[Ĺóĝó ~~]</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>SKU</source>
        <translation>[ŠĶÚ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Category</source>
        <translation>[Çáťéĝóŕý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Brand</source>
        <translation>[Ɓŕáñđ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Supplier price</source>
        <translation>[Šúƥƥĺíéŕ ƥŕíçé ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Availability</source>
        <translation>[Áʋáíĺáƀíĺíťý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="40" />
        <source>In shop</source>
        <translation>[Íñ šĥóƥ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="41" />
        <source>in stock</source>
        <translation>[íñ šťóçķ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="42" />
        <source>on request</source>
        <translation>[óñ ŕéʠúéšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="43" />
        <source>sold out</source>
        <translation>[šóĺđ óúť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="138" />
        <source>{0} ({1})</source>
        <translation>[{0} ({1}) ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="142" />
        <source>discontinued</source>
        <translation>[đíšçóñťíñúéđ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="143" />
        <source>picked</source>
        <translation>[ƥíçķéđ ~~]</translation>
    </message>
</context>
<context>
    <name>StocklistsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="71" />
        <source>Search titles, SKUs, brands, descriptions (中文 too)</source>
        <translation>[Šéáŕçĥ ťíťĺéš, ŠĶÚš, ƀŕáñđš, đéšçŕíƥťíóñš (中文 ťóó) ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="75" />
        <source>Import…</source>
        <translation>[Íɱƥóŕť… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="77" />
        <source>Pick…</source>
        <translation>[Ƥíçķ… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="78" />
        <source>Make shop products from the selected items</source>
        <translation>[Ṁáķé šĥóƥ ƥŕóđúçťš ƒŕóɱ ťĥé šéĺéçťéđ íťéɱš ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="115" />
        <source>Supplier</source>
        <translation>[Šúƥƥĺíéŕ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="85" />
        <source>any</source>
        <translation>[áñý ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>any availability</source>
        <translation>[áñý áʋáíĺáƀíĺíťý ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>in stock</source>
        <translation>[íñ šťóçķ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="92" />
        <source>on request</source>
        <translation>[óñ ŕéʠúéšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="93" />
        <source>sold out</source>
        <translation>[šóĺđ óúť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="95" />
        <source>discontinued too</source>
        <translation>[đíšçóñťíñúéđ ťóó ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>best match</source>
        <translation>[ƀéšť ɱáťçĥ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>title</source>
        <translation>[ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="98" />
        <source>price, low to high</source>
        <translation>[ƥŕíçé, ĺóŵ ťó ĥíĝĥ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="99" />
        <source>price, high to low</source>
        <translation>[ƥŕíçé, ĥíĝĥ ťó ĺóŵ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>newest first</source>
        <translation>[ñéŵéšť ƒíŕšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>file order</source>
        <translation>[ƒíĺé óŕđéŕ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="121" />
        <source>Category</source>
        <translation>[Çáťéĝóŕý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="122" />
        <source>Price from</source>
        <translation>[Ƥŕíçé ƒŕóɱ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="123" />
        <source>to</source>
        <translation>[ťó ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="254" />
        <source>Imported {0}: {1}. The shop as it was before is kept in {2}.</source>
        <translation>[Íɱƥóŕťéđ {0}: {1}. Ťĥé šĥóƥ áš íť ŵáš ƀéƒóŕé íš ķéƥť íñ {2}. ~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="117" />
        <source>Sort by</source>
        <translation>[Šóŕť ƀý ~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="166" />
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>[{0} (%n íťéɱ(š)) ~~~~]</numerusform>
            <numerusform>[{0} (%n íťéɱ(š)) ~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="176" />
        <source>all categories</source>
        <translation>[áĺĺ çáťéĝóŕíéš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="209" />
        <source>No stocklist yet: Import… a supplier's catalogue (CSV, Shopify, WooCommerce, Merchant feed, 淘宝助理).</source>
        <translation>[Ñó šťóçķĺíšť ýéť: Íɱƥóŕť… á šúƥƥĺíéŕ'š çáťáĺóĝúé (ÇŠṼ, Šĥóƥíƒý, ŴóóÇóɱɱéŕçé, Ṁéŕçĥáñť ƒééđ, 淘宝助理). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="212" />
        <source>More than {0} items match</source>
        <translation>[Ṁóŕé ťĥáñ {0} íťéɱš ɱáťçĥ ~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="215" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>[%n íťéɱ(š) ɱáťçĥ ~~~~~]</numerusform>
            <numerusform>[%n íťéɱ(š) ɱáťçĥ ~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="221" />
        <source> and %n more</source>
        <translation>
            <numerusform>[ áñđ %n ɱóŕé ~~~~]</numerusform>
            <numerusform>[ áñđ %n ɱóŕé ~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="222" />
        <source>%n picked product(s) lost their supplier item: </source>
        <translation>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š) ĺóšť ťĥéíŕ šúƥƥĺíéŕ íťéɱ:  ~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š) ĺóšť ťĥéíŕ šúƥƥĺíéŕ íťéɱ:  ~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="239" />
        <source>Import a supplier's catalogue</source>
        <translation>[Íɱƥóŕť á šúƥƥĺíéŕ'š çáťáĺóĝúé ~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="240" />
        <source>Catalogues (*.csv *.tsv *.txt *.xml);;All files (*)</source>
        <translation>[Çáťáĺóĝúéš (*.csv *.tsv *.txt *.xml);;Áĺĺ ƒíĺéš (*) ~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="249" />
        <source>%n new</source>
        <translation>
            <numerusform>[%n ñéŵ ~~]</numerusform>
            <numerusform>[%n ñéŵ ~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="250" />
        <source>%n changed</source>
        <translation>
            <numerusform>[%n çĥáñĝéđ ~~~]</numerusform>
            <numerusform>[%n çĥáñĝéđ ~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="251" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>[%n đíšçóñťíñúéđ ~~~~~]</numerusform>
            <numerusform>[%n đíšçóñťíñúéđ ~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="252" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>[%n ĺíñé(š) šķíƥƥéđ ~~~~~~]</numerusform>
            <numerusform>[%n ĺíñé(š) šķíƥƥéđ ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="253" />
        <source>%n picked product(s) updated</source>
        <translation>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š) úƥđáťéđ ~~~~~~~~~~]</numerusform>
            <numerusform>[%n ƥíçķéđ ƥŕóđúçť(š) úƥđáťéđ ~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="264" />
        <source>Select the items to pick first.</source>
        <translation>[Šéĺéçť ťĥé íťéɱš ťó ƥíçķ ƒíŕšť. ~~~~~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="275" />
        <source>Picking %n item(s)…</source>
        <translation>
            <numerusform>[Ƥíçķíñĝ %n íťéɱ(š)… ~~~~~~]</numerusform>
            <numerusform>[Ƥíçķíñĝ %n íťéɱ(š)… ~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="283" />
        <source>Picked %n product(s) into the shop (on request unless you chose stock counts); Undo removes them.</source>
        <translation>
            <numerusform>[Ƥíçķéđ %n ƥŕóđúçť(š) íñťó ťĥé šĥóƥ (óñ ŕéʠúéšť úñĺéšš ýóú çĥóšé šťóçķ çóúñťš); Úñđó ŕéɱóʋéš ťĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            <numerusform>[Ƥíçķéđ %n ƥŕóđúçť(š) íñťó ťĥé šĥóƥ (óñ ŕéʠúéšť úñĺéšš ýóú çĥóšé šťóçķ çóúñťš); Úñđó ŕéɱóʋéš ťĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="287" />
        <source>%n item(s) left out, e.g. {0}: {1}.</source>
        <translation>
            <numerusform>[%n íťéɱ(š) ĺéƒť óúť, é.ĝ. {0}: {1}. ~~~~~~~~~~]</numerusform>
            <numerusform>[%n íťéɱ(š) ĺéƒť óúť, é.ĝ. {0}: {1}. ~~~~~~~~~~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Name</source>
        <translation>[Ñáɱé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Orders</source>
        <translation>[Óŕđéŕš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Units</source>
        <translation>[Úñíťš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="99" />
        <source>Revenue</source>
        <translation>[Ŕéʋéñúé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="112" />
        <source>(none)</source>
        <translation>[(ñóñé) ~~]</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="157" />
        <source>Cancel</source>
        <translation>[Çáñçéĺ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="173" />
        <source>Stopping…</source>
        <translation>[Šťóƥƥíñĝ… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="213" />
        <source>Weidian Desktop</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="218" />
        <source>Something went wrong that Weidian Desktop did not expect; nothing was changed. The details below help the developers.</source>
        <translation>[Šóɱéťĥíñĝ ŵéñť ŵŕóñĝ ťĥáť Ŵéíđíáñ Đéšķťóƥ đíđ ñóť éẋƥéçť; ñóťĥíñĝ ŵáš çĥáñĝéđ. Ťĥé đéťáíĺš ƀéĺóŵ ĥéĺƥ ťĥé đéʋéĺóƥéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>TranslationsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="113" />
        <source>Empty: shows the {0} title, “{1}”</source>
        <translation>[Éɱƥťý: šĥóŵš ťĥé {0} ťíťĺé, “{1}” ~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="114" />
        <source>Empty: shows the {0} title</source>
        <translation>[Éɱƥťý: šĥóŵš ťĥé {0} ťíťĺé ~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="116" />
        <source>Empty: shows the {0} description:</source>
        <translation>[Éɱƥťý: šĥóŵš ťĥé {0} đéšçŕíƥťíóñ: ~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="157" />
        <source>Has its own text</source>
        <translation>[Ĥáš íťš óŵñ ťéẋť ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="158" />
        <source>Empty: buyers see the default language</source>
        <translation>[Éɱƥťý: ƀúýéŕš šéé ťĥé đéƒáúĺť ĺáñĝúáĝé ~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>VariantsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>On request</source>
        <translation>[Óñ ŕéʠúéšť ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>In stock</source>
        <translation>[Íñ šťóçķ ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="49" />
        <source>Sold out</source>
        <translation>[Šóĺđ óúť ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <source>Option</source>
        <translation>[Óƥťíóñ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="56" />
        <source>Values</source>
        <translation>[Ṽáĺúéš ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="55" />
        <source>Separate the values with commas: S, M, L</source>
        <translation>[Šéƥáŕáťé ťĥé ʋáĺúéš ŵíťĥ çóɱɱáš: Š, Ṁ, Ĺ ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Variant</source>
        <translation>[Ṽáŕíáñť ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Price</source>
        <translation>[Ƥŕíçé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>SKU</source>
        <translation>[ŠĶÚ ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Availability</source>
        <translation>[Áʋáíĺáƀíĺíťý ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="66" />
        <source>Quantity</source>
        <translation>[Ɋúáñťíťý ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="71" />
        <source>Add option</source>
        <translation>[Áđđ óƥťíóñ ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="73" />
        <source>Remove option</source>
        <translation>[Ŕéɱóʋé óƥťíóñ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="75" />
        <source>Make variants</source>
        <translation>[Ṁáķé ʋáŕíáñťš ~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="76" />
        <source>One variant for each combination of values</source>
        <translation>[Óñé ʋáŕíáñť ƒóŕ éáçĥ çóɱƀíñáťíóñ óƒ ʋáĺúéš ~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="88" />
        <source>An empty variant price means the product's price.</source>
        <translation>[Áñ éɱƥťý ʋáŕíáñť ƥŕíçé ɱéáñš ťĥé ƥŕóđúçť'š ƥŕíçé. ~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="184" />
        <source>Variant {0}: {1}</source>
        <translation>[Ṽáŕíáñť {0}: {1} ~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="188" />
        <source>Variant {0}: the quantity {1!r} is not a whole number.</source>
        <translation>[Ṽáŕíáñť {0}: ťĥé ʠúáñťíťý {1!r} íš ñóť á ŵĥóĺé ñúɱƀéŕ. ~~~~~~~~~~~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="96" />
        <source>Weidian Desktop</source>
        <translation>[Ŵéíđíáñ Đéšķťóƥ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="102" />
        <source>Build your mobile shop offline. Register a shopfront, pick products from your suppliers' stocklists, paste the photos, and export a shop your buyers open from a QR code or a chat link.</source>
        <translation>[Ɓúíĺđ ýóúŕ ɱóƀíĺé šĥóƥ óƒƒĺíñé. Ŕéĝíšťéŕ á šĥóƥƒŕóñť, ƥíçķ ƥŕóđúçťš ƒŕóɱ ýóúŕ šúƥƥĺíéŕš' šťóçķĺíšťš, ƥášťé ťĥé ƥĥóťóš, áñđ éẋƥóŕť á šĥóƥ ýóúŕ ƀúýéŕš óƥéñ ƒŕóɱ á ɊŔ çóđé óŕ á çĥáť ĺíñķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="112" />
        <source>New shop…</source>
        <translation>[Ñéŵ šĥóƥ… ~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="113" />
        <source>Register a shopfront</source>
        <translation>[Ŕéĝíšťéŕ á šĥóƥƒŕóñť ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>Open…</source>
        <translation>[Óƥéñ… ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>A .weidian shop file</source>
        <translation>[Á .ŵéíđíáñ šĥóƥ ƒíĺé ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="115" />
        <source>Open the demo shop</source>
        <translation>[Óƥéñ ťĥé đéɱó šĥóƥ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="116" />
        <source>Look around first</source>
        <translation>[Ĺóóķ áŕóúñđ ƒíŕšť ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="123" />
        <source>Recent shops</source>
        <translation>[Ŕéçéñť šĥóƥš ~~~~]</translation>
    </message>
</context>
<context>
    <name>_LanguageTab</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="48" />
        <source>Title</source>
        <translation>[Ťíťĺé ~~]</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="49" />
        <source>Description</source>
        <translation>[Đéšçŕíƥťíóñ ~~~~]</translation>
    </message>
</context>
<context><name>PickCommand</name>
    <message numerus="yes">
        <source>Pick %n product(s)</source>
    <translation>
            <numerusform>[Ƥíçķ %n ƥŕóđúçť(š) ~~~~~~]</numerusform>
            <numerusform>[Ƥíçķ %n ƥŕóđúçť(š) ~~~~~~]</numerusform>
        </translation>
    </message>
</context></TS>
