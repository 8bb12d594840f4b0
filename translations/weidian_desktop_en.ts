<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ImportDiffDialog</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="199" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="200" />
        <source>%n price change(s)</source>
        <translation>
            <numerusform>%n price change</numerusform>
            <numerusform>%n price changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="201" />
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="202" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n discontinued</numerusform>
            <numerusform>%n discontinued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="203" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="204" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="221" />
        <source>%n picked product(s): flagged</source>
        <translation>
            <numerusform>%n picked product: flagged</numerusform>
            <numerusform>%n picked products: flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="230" />
        <source>New (%n)</source>
        <translation>
            <numerusform>New (%n)</numerusform>
            <numerusform>New (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="231" />
        <source>Price changes (%n)</source>
        <translation>
            <numerusform>Price changes (%n)</numerusform>
            <numerusform>Price changes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="232" />
        <source>Discontinued (%n)</source>
        <translation>
            <numerusform>Discontinued (%n)</numerusform>
            <numerusform>Discontinued (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="233" />
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="260" />
        <source>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</source>
        <translation>
            <numerusform>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</numerusform>
            <numerusform>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="90" />
        <source>Pick %n item(s) into the shop</source>
        <translation>
            <numerusform>Pick %n item into the shop</numerusform>
            <numerusform>Pick %n items into the shop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="309" />
        <source>%n price(s) fall to less than half:</source>
        <translation>
            <numerusform>%n price falls to less than half:</numerusform>
            <numerusform>%n prices fall to less than half:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductImagesPanel</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="180" />
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="175" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="286" />
        <source>Change the price of %n product(s) by {0}%</source>
        <translation>
            <numerusform>Change the price of %n product by {0}%</numerusform>
            <numerusform>Change the price of %n products by {0}%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="293" />
        <source>Publish %n product(s)</source>
        <translation>
            <numerusform>Publish %n product</numerusform>
            <numerusform>Publish %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="294" />
        <source>Make %n product(s) drafts</source>
        <translation>
            <numerusform>Make %n product a draft</numerusform>
            <numerusform>Make %n products drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="300" />
        <source>Add %n product(s) to {0}</source>
        <translation>
            <numerusform>Add %n product to {0}</numerusform>
            <numerusform>Add %n products to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="168" />
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="199" />
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="214" />
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="225" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="313" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocklistsPage</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="166" />
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0} (%n item)</numerusform>
            <numerusform>{0} (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="215" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item matches</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="221" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="222" />
        <source>%n picked product(s) lost their supplier item: </source>
        <translation>
            <numerusform>%n picked product lost its supplier item: </numerusform>
            <numerusform>%n picked products lost their supplier items: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="249" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="250" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="251" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n discontinued</numerusform>
            <numerusform>%n discontinued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="252" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>%n line skipped</numerusform>
            <numerusform>%n lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="253" />
        <source>%n picked product(s) updated</source>
        <translation>
            <numerusform>%n picked product updated</numerusform>
            <numerusform>%n picked products updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="275" />
        <source>Picking %n item(s)…</source>
        <translation>
            <numerusform>Picking %n item…</numerusform>
            <numerusform>Picking %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="283" />
        <source>Picked %n product(s) into the shop (on request unless you chose stock counts); Undo removes them.</source>
        <translation>
            <numerusform>Picked %n product into the shop (on request unless you chose stock counts); Undo removes them.</numerusform>
            <numerusform>Picked %n products into the shop (on request unless you chose stock counts); Undo removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="287" />
        <source>%n item(s) left out, e.g. {0}: {1}.</source>
        <translation>
            <numerusform>%n item left out, e.g. {0}: {1}.</numerusform>
            <numerusform>%n items left out, e.g. {0}: {1}.</numerusform>
        </translation>
    </message>
</context>
<context><name>ProductsUndo</name>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
    <translation>
            <numerusform>Delete %n product</numerusform>
            <numerusform>Delete %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
    <translation>
            <numerusform>Add %n image</numerusform>
            <numerusform>Add %n images</numerusform>
        </translation>
    </message>
</context><context><name>PickCommand</name>
    <message numerus="yes">
        <source>Pick %n product(s)</source>
    <translation>
            <numerusform>Pick %n product</numerusform>
            <numerusform>Pick %n products</numerusform>
        </translation>
    </message>
</context></TS>
