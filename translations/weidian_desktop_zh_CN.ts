<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppWindows</name>
    <message>
        <location filename="../weidian_desktop/ui/app_windows.py" line="49" />
        <source>{0} is open in this window.</source>
        <translation>{0} 已在此窗口中打开。</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="15" />
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="16" />
        <source>e.g. xiaoman_goods</source>
        <translation>例如 xiaoman_goods</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="17" />
        <source>WhatsApp number</source>
        <translation>WhatsApp 号码</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="18" />
        <source>e.g. +86 138 0013 8000</source>
        <translation>例如 +86 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="19" />
        <source>Phone for SMS</source>
        <translation>短信手机号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="20" />
        <source>e.g. +39 333 123 4567</source>
        <translation>例如 +39 333 123 4567</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="21" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="22" />
        <source>e.g. orders@example.com</source>
        <translation>例如 orders@example.com</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="23" />
        <source>Telegram username</source>
        <translation>Telegram 用户名</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="24" />
        <source>e.g. @xiaoman_goods</source>
        <translation>例如 @xiaoman_goods</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="70" />
        <source>Your personal WeChat QR code, so buyers can add you (paste, drop or choose).</source>
        <translation>你的个人微信二维码，方便买家加你（粘贴、拖入或选择文件）。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/channel_fields.py" line="72" />
        <source>WeChat QR</source>
        <translation>微信二维码</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="128" />
        <source>How buyers reach you</source>
        <translation>买家如何联系你</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="129" />
        <source>Buyers send their orders through these channels. Fill in at least one.</source>
        <translation>买家通过这些渠道给你发订单。至少填写一项。</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="232" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="236" />
        <source>Order on WeChat</source>
        <translation>微信下单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="268" />
        <source>White text on this colour is hard to read (contrast {0:.1f}:1, 4.5:1 is needed); choose a darker colour.</source>
        <translation>这个颜色上的白字不易看清（对比度 {0:.1f}:1，至少需要 4.5:1），请选一个深一点的颜色。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="276" />
        <source>Theme colour</source>
        <translation>主题色</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="49" />
        <source>Columns of {0}</source>
        <translation>{0} 的列</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="52" />
        <source>Tell Weidian Desktop which column holds what. Fields marked * are needed; the choice is remembered for this supplier.</source>
        <translation>告诉微店桌面版每一列是什么。带 * 的字段为必填；这次的选择会为该供应商记住。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="58" />
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="73" />
        <source>Image address columns</source>
        <translation>图片地址列</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="74" />
        <source>Variant option columns (size, colour…)</source>
        <translation>规格选项列（尺码、颜色…）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="94" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="103" />
        <source>First lines of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="145" />
        <source>Choose the column for: {0}</source>
        <translation>选择对应的列：{0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>Price *</source>
        <translation>价格 *</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="29" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Product group (variants)</source>
        <translation>商品组（多规格）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="30" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="31" />
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="32" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Availability</source>
        <translation>供货状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/column_mapping.py" line="33" />
        <source>Stock quantity</source>
        <translation>库存数量</translation>
    </message>
</context>
<context>
    <name>CouponEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="49" />
        <source>Letters, digits and dashes, like SPRING-10</source>
        <translation>字母、数字和短横线，例如 SPRING-10</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="51" />
        <source>Percent off</source>
        <translation>按百分比优惠</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="52" />
        <source>Amount off ({currency})</source>
        <translation>直减金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="56" />
        <source>No minimum</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="57" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="60" />
        <source>The whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="61" />
        <source>A collection</source>
        <translation>某个分类</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A product</source>
        <translation>某件商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="62" />
        <source>A drop</source>
        <translation>某场限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="67" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="70" />
        <source>Save coupon</source>
        <translation>保存优惠券</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="73" />
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="74" />
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="75" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="162" />
        <source>Minimum order</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="79" />
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="81" />
        <source>Maximum uses</source>
        <translation>最多使用次数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="88" />
        <source>Times are on the shop's clock ({zone}). Uses are counted from recorded orders.</source>
        <translation>时间按店铺时区（{zone}）计算。使用次数根据已记录的订单统计。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="184" />
        <source>Type a code for the coupon, then save it.</source>
        <translation>输入优惠券的券码，然后保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="190" />
        <source>Every change is saved.</source>
        <translation>所有修改都已保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/coupon_editor.py" line="191" />
        <source>Ready to save.</source>
        <translation>可以保存了。</translation>
    </message>
</context>
<context>
    <name>DropEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="87" />
        <source>For example: Singles' Day bags</source>
        <translation>例如：双十一包袋专场</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="92" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="93" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="99" />
        <source>Preview from</source>
        <translation>预告开始</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="101" />
        <source>The next hours buyers are online (shop settings).</source>
        <translation>接下来买家在线的时段（店铺设置）。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="106" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="107" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="119" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="110" />
        <source>Online hours…</source>
        <translation>买家在线时段…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="111" />
        <source>When your buyers are online: the suggested launch times.</source>
        <translation>买家在线的时段：据此建议开售时间。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="113" />
        <source>Suggested launch</source>
        <translation>建议开售时间</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="116" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="115" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="118" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="121" />
        <source>Regular</source>
        <translation>原价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Drop price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="122" />
        <source>Made (cap)</source>
        <translation>限量（件）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="130" />
        <source>Save drop</source>
        <translation>保存限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="138" />
        <source>Products (tick to include; empty price: regular price; empty cap: no limit)</source>
        <translation>商品（勾选即参加；价格留空＝原价；限量留空＝不限量）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="205" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="303" />
        <source>Name the drop and tick its products, then save it.</source>
        <translation>给限量发售起个名字，勾选商品，然后保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="310" />
        <source>Lasts {days} d {hours} h</source>
        <translation>持续 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="313" />
        <source>on the shop's clock {start} to {end}</source>
        <translation>店铺时间 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Ready to save.</source>
        <translation>可以保存了。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_editor.py" line="318" />
        <source>Every change is saved.</source>
        <translation>所有修改都已保存。</translation>
    </message>
</context>
<context>
    <name>DropTimeline</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_timeline.py" line="31" />
        <source>Drops on the shop's clock; the red line is now.</source>
        <translation>限量发售（按店铺时区）；红线表示现在。</translation>
    </message>
</context>
<context>
    <name>DropsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="152" />
        <source>{left} of {made}</source>
        <translation>剩 {left} / 共 {made}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="191" />
        <source>{off} off from {minimum}</source>
        <translation>满 {minimum} 减 {off}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="194" />
        <source>{off} off</source>
        <translation>减 {off}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="199" />
        <source>{uses} of {limit}</source>
        <translation>{uses} / {limit}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <source>Drop</source>
        <translation>限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="120" />
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="121" />
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="122" />
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="169" />
        <source>Code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="170" />
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="171" />
        <source>Uses</source>
        <translation>已用次数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="35" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="36" />
        <source>Upcoming</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="37" />
        <source>Preview</source>
        <translation>预告中</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="38" />
        <source>Live</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="39" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="40" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="41" />
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="42" />
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="43" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_models.py" line="44" />
        <source>Used up</source>
        <translation>已用完</translation>
    </message>
</context>
<context>
    <name>DropsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="103" />
        <source>New drop</source>
        <translation>新建限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="104" />
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="132" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="105" />
        <source>Poster…</source>
        <translation>海报…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="106" />
        <source>QR code…</source>
        <translation>二维码…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="110" />
        <source>Times on the shop’s clock ({zone}).</source>
        <translation>时间按店铺时区（{zone}）。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="131" />
        <source>New coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="139" />
        <source>Drops</source>
        <translation>限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="140" />
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="168" />
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="219" />
        <source>Add drop “{name}”</source>
        <translation>添加限量发售“{name}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="223" />
        <source>Edit drop “{name}”</source>
        <translation>编辑限量发售“{name}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="235" />
        <source>Delete drop “{name}”</source>
        <translation>删除限量发售“{name}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="254" />
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="270" />
        <source>Save the drop's poster</source>
        <translation>保存限量发售海报</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="271" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="274" />
        <source>Save the drop's QR code</source>
        <translation>保存限量发售二维码</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="275" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="302" />
        <source>Add coupon {code}</source>
        <translation>添加优惠券 {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="306" />
        <source>Edit coupon {code}</source>
        <translation>编辑优惠券 {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drops_page.py" line="319" />
        <source>Delete coupon {code}</source>
        <translation>删除优惠券 {code}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/drop_outputs.py" line="49" />
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
</context>
<context>
    <name>EmptyShop</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="25" />
        <source>Your shop has no products yet</source>
        <translation>你的店铺还没有商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="31" />
        <source>Start from a supplier's catalogue, or type a product in yourself. Not sure yet? The demo shop shows a finished one.</source>
        <translation>可以从供应商的货源清单开始，也可以自己录入商品。还没想好？先看看演示店铺的成品。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="36" />
        <source>Import a stocklist</source>
        <translation>导入货源清单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="37" />
        <source>A supplier's CSV, Shopify, WooCommerce or Merchant file</source>
        <translation>供应商的 CSV、Shopify、WooCommerce 或 Merchant 文件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="38" />
        <source>Add a product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="39" />
        <source>Type it in and paste its photos</source>
        <translation>录入商品，粘贴照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="40" />
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_empty.py" line="41" />
        <source>Look around a finished shop first</source>
        <translation>先看看一家完整的店铺</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="76" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="231" />
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="77" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="84" />
        <source>Shop address</source>
        <translation>店铺网址</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="85" />
        <source>Also write a zip file beside the folder</source>
        <translation>同时在文件夹旁生成 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="87" />
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="139" />
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="88" />
        <source>Shop address (base URL):</source>
        <translation>店铺网址（基础 URL）：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="90" />
        <source>Export the shop</source>
        <translation>导出店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Pages:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="137" />
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="138" />
        <source>Time:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="145" />
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="147" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="149" />
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="151" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="187" />
        <source>This download has no phone preview (Qt WebEngine would make it some 200 MB larger); “Open in browser” shows the exported shop.</source>
        <translation>此下载版不含手机预览（Qt WebEngine 会让它增大约 200 MB）；“在浏览器中打开”可查看导出的店铺。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="268" />
        <source>Exported: {0} pages, {1} files, {2} in {3} s.</source>
        <translation>已导出：{0} 个页面，{1} 个文件，{2}，用时 {3} 秒。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="274" />
        <source>{0} written, {1} unchanged, {2} deleted; {3} images encoded</source>
        <translation>写入 {0} 个，未变 {1} 个，删除 {2} 个；编码图片 {3} 张</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="279" />
        <source>(zip: {0})</source>
        <translation>（压缩包：{0}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="280" />
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="286" />
        <source>Files written ({0})</source>
        <translation>写入的文件（{0}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="306" />
        <source>Type where the shop goes: {0}</source>
        <translation>请填写店铺发布到哪里：{0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="96" />
        <source>The shop is written as plain web pages: put the folder on any web host, or open it from disk.</source>
        <translation>店铺会导出为普通网页：把文件夹放到任意网站空间，或直接从磁盘打开。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="166" />
        <source>Files written</source>
        <translation>已写入的文件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="190" />
        <source>The phone preview needs Qt WebEngine: install Weidian Desktop with the “preview” extra ({0}).</source>
        <translation>手机预览需要 Qt WebEngine：请安装带“preview”附加组件的 Weidian Desktop（{0}）。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/export_page.py" line="253" />
        <source>Exporting the shop…</source>
        <translation>正在导出店铺…</translation>
    </message>
</context>
<context>
    <name>FaqPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="122" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="84" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="121" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="85" />
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="124" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="95" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="96" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="97" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="109" />
        <source>Every language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="115" />
        <source>shipping, delivery, 发货, spedizione</source>
        <translation>发货, 快递, shipping, spedizione</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="118" />
        <source>Save entry</source>
        <translation>保存条目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="123" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="127" />
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="131" />
        <source>Type a question as a buyer would…</source>
        <translation>像买家那样输入一个问题…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="136" />
        <source>Try the Ask box</source>
        <translation>试试“问一问”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="159" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="196" />
        <source>The shop's Ask box shows the best answers here.</source>
        <translation>店铺的“问一问”会在这里显示最匹配的回答。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="200" />
        <source>No answer: the buyer is offered to send the question to you.</source>
        <translation>没有匹配的回答：买家可以把问题直接发给你。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="228" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="217" />
        <source>Add FAQ entry</source>
        <translation>添加常见问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="223" />
        <source>Edit FAQ entry</source>
        <translation>编辑常见问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="233" />
        <source>Delete FAQ entry</source>
        <translation>删除常见问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/faq_page.py" line="61" />
        <source>Reorder FAQ</source>
        <translation>调整常见问题顺序</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="28" />
        <source>&amp;New Shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="29" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="30" />
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="32" />
        <source>&amp;Close Shop</source>
        <translation>关闭店铺(&amp;C)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="34" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="35" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="70" />
        <source>Clear Menu</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="72" />
        <source>No recent shops</source>
        <translation>没有最近打开的店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="77" />
        <source>Open a shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="78" />
        <source>Weidian shops (*.weidian);;All files (*)</source>
        <translation>微店店铺文件 (*.weidian);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="90" />
        <source>Save a copy of the shop</source>
        <translation>另存店铺副本</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="91" />
        <source>Weidian shops (*.weidian)</source>
        <translation>微店店铺文件 (*.weidian)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="105" />
        <source>Saved a copy as {0}</source>
        <translation>已另存副本为 {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/file_actions.py" line="107" />
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Listing</source>
        <translation>商品信息</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="59" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="60" />
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="61" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="62" />
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="80" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>All findings</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="142" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="143" />
        <source>Counterfeit wording and brands</source>
        <translation>假货用语与品牌</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="144" />
        <source>Freshness</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="147" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="149" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="173" />
        <source>Brand watch list</source>
        <translation>品牌监控清单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="175" />
        <source>Brands you must not name unless the goods are genuine, one per line. Listings that mention them get a warning.</source>
        <translation>除非是正品，否则不得提及的品牌，每行一个。提到这些品牌的商品会收到警告。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="180" />
        <source>Save list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="216" />
        <source>{0} across {1} products. Errors make the check fail; warnings do not.</source>
        <translation>{0}，涉及 {1} 件商品。有错误时检查不通过；警告则不会。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="206" />
        <source>{0} / 100</source>
        <translation>{0} / 100</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="212" />
        <source>{0} errors · {1} warnings</source>
        <translation>{0} 个错误 · {1} 个警告</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="214" />
        <source>{0} notes</source>
        <translation>{0} 条提示</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/health_page.py" line="96" />
        <source>Change the brand watch list</source>
        <translation>修改品牌监控清单</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="73" />
        <source>Weidian Desktop Help</source>
        <translation>微店桌面版帮助</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/help.py" line="83" />
        <source>The help text is not installed with this copy of Weidian Desktop.</source>
        <translation>这份微店桌面版没有安装帮助文本。</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="83" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="85" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="87" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="126" />
        <source>Drop an image here</source>
        <translation>把图片拖到这里</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="146" />
        <source>Preparing the image…</source>
        <translation>正在处理图片…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="154" />
        <source>The clipboard holds no image or image file.</source>
        <translation>剪贴板里没有图片或图片文件。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="164" />
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/image_field.py" line="165" />
        <source>Images ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="74" />
        <source>Paste (Ctrl+V) or drop photos here; drag to reorder. The first image is the cover.</source>
        <translation>在这里粘贴（Ctrl+V）或拖入照片，拖动可调整顺序。第一张是封面。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="82" />
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/image_strip.py" line="85" />
        <source>No alt text yet</source>
        <translation>还没有替代文字</translation>
    </message>
</context>
<context>
    <name>ImportDiffDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="190" />
        <source>Import into {0}</source>
        <translation>导入到 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="199" />
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="200" />
        <source>%n price change(s)</source>
        <translation>
            <numerusform>改价 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="201" />
        <source>%n other change(s)</source>
        <translation>
            <numerusform>其他变化 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="202" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>下架 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="203" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="204" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="205" />
        <source>{0}: {1}, {2}.</source>
        <translation>{0}：{1}，{2}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="207" />
        <source>This import brings: {0}.</source>
        <translation>本次导入：{0}。</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="212" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="215" />
        <source>Old price</source>
        <translation>原价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="216" />
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="220" />
        <source>In shop</source>
        <translation>店内</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="221" />
        <source>%n picked product(s): flagged</source>
        <translation>
            <numerusform>%n 件已选入的商品：已标记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="224" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="226" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="230" />
        <source>New (%n)</source>
        <translation>
            <numerusform>新增（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="231" />
        <source>Price changes (%n)</source>
        <translation>
            <numerusform>改价（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="232" />
        <source>Discontinued (%n)</source>
        <translation>
            <numerusform>已下架（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="233" />
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="242" />
        <source>Products you picked follow the supplier's changes, except the fields you edited yourself. An import cannot be undone; Cancel during the import leaves the shop as it was.</source>
        <translation>已选入的商品会跟随供应商的变化更新，你自己改过的字段除外。导入无法撤销；导入过程中点“取消”，店铺会保持原样。</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="260" />
        <source>This file does not list %n of the items {0} has now. Importing it marks them discontinued and flags the products picked from them.</source>
        <translation>
            <numerusform>这个文件里没有 {0} 现有的 %n 件货品。导入后这些货品会标为已下架，从中选入店铺的商品也会被标记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="266" />
        <source>Yes, mark {0} of the {1} items of {2} discontinued</source>
        <translation>确定：把 {2} 的 {1} 件货品中的 {0} 件标为已下架</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="73" />
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation>导入因意外错误（{0}）而中止，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="98" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="144" />
        <source>Comparing {0} with the stocklist…</source>
        <translation>正在将 {0} 与货源清单比对…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="159" />
        <source>Keeping a copy of the shop as it was…</source>
        <translation>正在保留店铺原样的副本…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_import.py" line="160" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="70" />
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="79" />
        <source>{0} (detected)</source>
        <translation>{0}（自动识别）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="83" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="85" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="95" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="96" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="97" />
        <source>Currency of the prices</source>
        <translation>价格的币种</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="99" />
        <source>Language of the titles</source>
        <translation>标题的语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="104" />
        <source>Read file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="125" />
        <source>As the file states.</source>
        <translation>按文件中写明的。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="126" />
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="136" />
        <source>As in this supplier's last import.</source>
        <translation>与这个供应商上次导入时相同。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="127" />
        <source>The file does not say: choose the currency its prices are in.</source>
        <translation>文件中没有写明：请选择价格所用的币种。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="135" />
        <source>Recognised from the titles.</source>
        <translation>根据标题识别。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/import_dialogs.py" line="137" />
        <source>Not recognised: choose the language the titles are written in.</source>
        <translation>无法识别：请选择标题所用的语言。</translation>
    </message>
</context>
<context>
    <name>LabelChoices</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="48" />
        <source>Labels of each product, side by side.</source>
        <translation>每件商品打印的标签数，并排排列。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="49" />
        <source>Cut lines (for plain paper)</source>
        <translation>裁切线（普通纸用）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="52" />
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="53" />
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="56" />
        <source>Label stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="57" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_labels.py" line="63" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_fields.py" line="182" />
        <source>Default:</source>
        <translation>默认：</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="34" />
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="36" />
        <source>Weidian Desktop is free software under the MIT licence. It uses Qt under the GNU LGPL version 3: the Qt libraries are separate files in the app's folder, which you may replace with your own build of the same version. The licences of everything else it contains follow.</source>
        <translation>微店桌面版是采用 MIT 许可证的自由软件。它依据 GNU LGPL 第 3 版使用 Qt：Qt 库是应用文件夹中的独立文件，你可以用自己编译的同一版本替换它们。以下是其中包含的其他所有组件的许可证。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/licences.py" line="48" />
        <source>The licence files are missing from this installation.</source>
        <translation>此安装中缺少许可证文件。</translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="89" />
        <source>Prices, languages and look</source>
        <translation>价格、语言与外观</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="90" />
        <source>The currency of your prices, the languages of your shop and its colour.</source>
        <translation>价格使用的币种、店铺的语言和主题色。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="98" />
        <source>Drops open and close, and posts are published, on this clock.</source>
        <translation>限量发售的开始与结束、动态的发布，都按这个时区计时。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="106" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="107" />
        <source>Shop languages</source>
        <translation>店铺语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="110" />
        <source>Theme colour</source>
        <translation>主题色</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="108" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="67" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="78" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="80" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="82" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="87" />
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="92" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="93" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="94" />
        <source>Weidian Desktop &amp;Help</source>
        <translation>微店桌面版帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="97" />
        <source>&amp;Report a problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="98" />
        <source>Copy the version and system details to paste into a report</source>
        <translation>复制版本和系统信息，粘贴到问题报告里</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="101" />
        <source>&amp;About Weidian Desktop</source>
        <translation>关于微店桌面版(&amp;A)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="136" />
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="147" />
        <source>Closed {0}; every change was saved.</source>
        <translation>已关闭 {0}，所有修改都已保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="179" />
        <location filename="../weidian_desktop/ui/main_window.py" line="222" />
        <source>Weidian Desktop</source>
        <translation>微店桌面版</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="184" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="215" />
        <source>Writing the demo shop…</source>
        <translation>正在生成演示店铺…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="241" />
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="242" />
        <source>The version of Weidian Desktop and of your system are on the clipboard. Paste them into your message, then say what you did, what you expected and what happened instead.</source>
        <translation>微店桌面版和系统的版本信息已复制到剪贴板。请把它粘贴到你的消息里，再说明你做了什么、预期是什么、实际发生了什么。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="253" />
        <source>About Weidian Desktop</source>
        <translation>关于微店桌面版</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="254" />
        <source>&lt;h3&gt;Weidian Desktop {0}&lt;/h3&gt;&lt;p&gt;Build a mobile shop offline: one shop file in, a static HTML5 shop out.&lt;/p&gt;&lt;p&gt;Your shop stays on this computer; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;微店桌面版 {0}&lt;/h3&gt;&lt;p&gt;离线搭建手机店铺：一个店铺文件进，一个静态 HTML5 店铺出。&lt;/p&gt;&lt;p&gt;你的店铺只保存在这台电脑上，不会发送到任何地方。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="257" />
        <source>Qt {0} · Qt for Python {1} · free software under the MIT licence</source>
        <translation>Qt {0} · Qt for Python {1} · 采用 MIT 许可证的自由软件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/main_window.py" line="261" />
        <source>&amp;Licences…</source>
        <translation>许可证(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MarginPreviewModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Supplier price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="44" />
        <source>Shop price</source>
        <translation>店铺售价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="45" />
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="68" />
        <source>{0} ({1:.1f}%)</source>
        <translation>{0}（{1:.1f}%）</translation>
    </message>
</context>
<context>
    <name>OnlineHoursDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="47" />
        <source>{piece!r} is not a window like 08:00-10:00.</source>
        <translation>{piece!r} 不是 08:00-10:00 这样的时段。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="63" />
        <source>Change online hours</source>
        <translation>修改在线时段</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="80" />
        <source>Hours buyers are online</source>
        <translation>买家在线时段</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="95" />
        <source>Windows</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="96" />
        <source>On the clock of</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="98" />
        <source>Launch and publish times are suggested at the start of each window.</source>
        <translation>开售和发布时间会建议在每个时段的开头。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/online_hours.py" line="123" />
        <source>On the shop's clock ({zone}) today: {windows}</source>
        <translation>店铺时区（{zone}）今天的时段：{windows}</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="38" />
        <source>Ordered from supplier</source>
        <translation>已向供应商订货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Shipped…</source>
        <translation>已发货…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="39" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="40" />
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="50" />
        <source>Order confirmed</source>
        <translation>订单已确认</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="51" />
        <source>Shipped, with tracking number</source>
        <translation>已发货（附快递单号）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="52" />
        <source>Arrived</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="53" />
        <source>How to use</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="55" />
        <source>Copy message for the chat</source>
        <translation>复制消息（用于聊天）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="57" />
        <source>Edit wording…</source>
        <translation>编辑措辞…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="61" />
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="81" />
        <source>Paste a buyer's order message here (Ctrl+V or the Paste order button), or select an order.</source>
        <translation>在这里粘贴买家的订单消息（Ctrl+V 或点“粘贴订单”按钮），或选择一个订单。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="95" />
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="106" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="107" />
        <source>History (this computer’s clock)</source>
        <translation>记录（本机时间）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="108" />
        <source>Message as pasted</source>
        <translation>粘贴的原始消息</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="113" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="114" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="115" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="116" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/order_detail.py" line="117" />
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="67" />
        <source>Paste order</source>
        <translation>粘贴订单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="68" />
        <source>Record the order in the message on the clipboard (Ctrl+V)</source>
        <translation>记录剪贴板中消息里的订单（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="71" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="76" />
        <source>Search reference, buyer, phone, SKU, title</source>
        <translation>搜索订单号、买家、电话、SKU、标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="79" />
        <source>Purchase orders…</source>
        <translation>采购单…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="102" />
        <source>per drop</source>
        <translation>按限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="103" />
        <source>per campaign tag</source>
        <translation>按活动标签</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="113" />
        <source>Sales of orders not cancelled</source>
        <translation>未取消订单的销售额</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="120" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="121" />
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="179" />
        <source>The clipboard holds no text: copy the buyer's whole message first.</source>
        <translation>剪贴板里没有文字：请先复制买家的完整消息。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="185" />
        <source>Not recorded: {0}</source>
        <translation>未记录：{0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="188" />
        <source>Order {0} was already recorded; nothing changed.</source>
        <translation>订单 {0} 已记录过，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="196" />
        <source>Recorded order {0}; check:</source>
        <translation>已记录订单 {0}，请核对：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="199" />
        <source>Recorded order {0}.</source>
        <translation>已记录订单 {0}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="213" />
        <source>Orders → {0}</source>
        <translation>订单 → {0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="223" />
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="224" />
        <source>Tracking number (optional):</source>
        <translation>快递单号（可选）：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="233" />
        <source>Copied to the clipboard: {0}</source>
        <translation>已复制到剪贴板：{0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="238" />
        <source>Message wording</source>
        <translation>消息措辞</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="239" />
        <source>Placeholders: {name} {reference} {items} {total} {tracking} {shop}. Leave empty for the standard wording.</source>
        <translation>占位符：{name} {reference} {items} {total} {tracking} {shop}。留空则使用标准措辞。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="257" />
        <source>Wrote {0}.</source>
        <translation>已写入 {0}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="261" />
        <source>Orders → ordered</source>
        <translation>订单 → 已订货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="266" />
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="273" />
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="268" />
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_page.py" line="274" />
        <source>Mark these {0} orders as ordered from the supplier?</source>
        <translation>将这 {0} 个订单标记为已向供应商订货？</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Reference</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="29" />
        <source>Date (this computer)</source>
        <translation>日期（本机时间）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="30" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="31" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="32" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>requested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="34" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>ordered</source>
        <translation>已订货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="35" />
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="36" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrdersUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_undo.py" line="31" />
        <source>Record order {0}</source>
        <translation>记录订单 {0}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="99" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="100" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="101" />
        <source>Stocklists</source>
        <translation>货源清单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="102" />
        <source>Drops &amp; coupons</source>
        <translation>限量发售与优惠券</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="103" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="104" />
        <source>Posts</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="105" />
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="106" />
        <source>Health</source>
        <translation>店铺体检</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="107" />
        <source>QR &amp; posters</source>
        <translation>二维码与海报</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/page_registry.py" line="109" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="156" />
        <source>Shop preview</source>
        <translation>店铺预览</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="161" />
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="163" />
        <source>Shop home</source>
        <translation>店铺首页</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="165" />
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="167" />
        <source>Phone preview</source>
        <translation>手机预览</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="174" />
        <source>Export the shop to see it here at a phone's width.</source>
        <translation>导出店铺后，可在这里按手机宽度预览。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="241" />
        <source>The preview stays offline; open the shop in the browser to follow {0}</source>
        <translation>预览不联网；要打开 {0}，请在浏览器中打开店铺。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preview.py" line="246" />
        <source>The preview stopped; press Reload to show the shop again.</source>
        <translation>预览已停止；按“重新载入”再次显示店铺。</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="54" />
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="90" />
        <source>Pick %n item(s) into the shop</source>
        <translation>
            <numerusform>将 %n 件货品选入店铺</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>no rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="103" />
        <source>up to .99</source>
        <translation>向上取整到 .99</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to .90</source>
        <translation>向上取整到 .90</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="104" />
        <source>up to whole units</source>
        <translation>向上取整到整数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="112" />
        <source>Carry the supplier's stock counts (default: products are on request)</source>
        <translation>沿用供应商的库存数量（默认：商品为可预订）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="115" />
        <source>Markup</source>
        <translation>加价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="116" />
        <source>Plus a fixed amount</source>
        <translation>另加固定金额</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="117" />
        <source>Rounding</source>
        <translation>取整</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="119" />
        <source>Exchange rate {0} → {1}</source>
        <translation>汇率 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="135" />
        <source>Pick</source>
        <translation>选入店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/pick_dialog.py" line="140" />
        <source>Margin per product (before shipping and fees)</source>
        <translation>每件商品的毛利（未扣运费和手续费）</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Short post</source>
        <translation>短动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="89" />
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="90" />
        <source>Product recommendation</source>
        <translation>商品推荐</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="91" />
        <source>9-photo post</source>
        <translation>九宫格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="98" />
        <source>Every language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="105" />
        <source>Buyers online at…</source>
        <translation>买家在线时段…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="116" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="117" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="127" />
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="128" />
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="129" />
        <source>Alt text…</source>
        <translation>替代文字…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="134" />
        <source>Save post</source>
        <translation>保存动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="139" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="140" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="141" />
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="142" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="143" />
        <source>Publish at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="144" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="145" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="146" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="185" />
        <source>(no alt text)</source>
        <translation>（无替代文字）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_editor.py" line="207" />
        <source>Describe the photo</source>
        <translation>描述这张照片</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="64" />
        <source>Publish at (shop’s clock)</source>
        <translation>发布时间（店铺时间）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="65" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="79" />
        <source>New post</source>
        <translation>新建动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="80" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="109" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="110" />
        <source>scheduled</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="111" />
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="160" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="151" />
        <source>Add post</source>
        <translation>添加动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="155" />
        <source>Edit post</source>
        <translation>编辑动态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/posts_page.py" line="165" />
        <source>Delete post</source>
        <translation>删除动态</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="36" />
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/i18n.py" line="40" />
        <source>Pseudo-language (layout check)</source>
        <translation>伪语言（检查布局）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="52" />
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="62" />
        <source>Language of the app</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="63" />
        <source>The new language is used once Weidian Desktop starts again.</source>
        <translation>微店桌面版重新启动后使用新的语言。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="87" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="88" />
        <source>Weidian Desktop speaks the new language after a restart. Every change is already saved, and the shop opens again.</source>
        <translation>重新启动后，微店桌面版将使用新的语言。所有修改都已保存，店铺会重新打开。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="91" />
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/preferences.py" line="93" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="78" />
        <source>What buyers see first, e.g. 真丝围巾 silk scarf</source>
        <translation>买家最先看到的，例如 真丝围巾</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="85" />
        <source>Plain text; an empty line starts a new paragraph.</source>
        <translation>纯文本；空一行即开始新段落。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="93" />
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="94" />
        <source>The earlier price, shown struck through</source>
        <translation>原来的价格，会以删除线显示</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="97" />
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="242" />
        <source>Compare at</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>On request</source>
        <translation>可预订</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="101" />
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="102" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="105" />
        <source> in stock</source>
        <translation> 件有货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Draft (not in the shop)</source>
        <translation>草稿（不在店铺中显示）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="114" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="122" />
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="126" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="127" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="128" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="129" />
        <source>Translations</source>
        <translation>多语言内容</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="174" />
        <source>Price ({0})</source>
        <translation>价格（{0}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="239" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="269" />
        <source>Not saved: the lower price waits for you to correct it or to save it again.</source>
        <translation>没有保存：请改正这个降低的价格，或者再次保存。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="306" />
        <source>{name}: {old} → {new}</source>
        <translation>{name}：{old} → {new}</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="309" />
        <source>%n price(s) fall to less than half:</source>
        <translation>
            <numerusform>%n 个价格降到了原价的一半以下：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="311" />
        <source>Save the lower price?</source>
        <translation>要保存降低后的价格吗？</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="315" />
        <source>Lower the price?</source>
        <translation>降低价格？</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="317" />
        <source>Save the lower price</source>
        <translation>保存降低的价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="318" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="134" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="135" />
        <source>Availability</source>
        <translation>供货状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="136" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="137" />
        <source>Collections</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="138" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="139" />
        <source>Options</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="150" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="153" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="195" />
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_editor.py" line="237" />
        <source>Give the product a price.</source>
        <translation>请给商品定个价格。</translation>
    </message>
</context>
<context>
    <name>ProductImagesPanel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="68" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="69" />
        <source>Add photos from files</source>
        <translation>从文件添加照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="71" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="72" />
        <source>Paste photos ({0})</source>
        <translation>粘贴照片（{0}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="76" />
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="77" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="107" />
        <source>Make the selected photo the cover</source>
        <translation>把选中的照片设为封面</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="79" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="108" />
        <source>Alt text…</source>
        <translation>替代文字…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="80" />
        <source>Describe the photo for buyers who cannot see it</source>
        <translation>为看不到照片的买家描述这张照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="82" />
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="109" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="162" />
        <source>The clipboard holds no image or image file.</source>
        <translation>剪贴板里没有图片或图片文件。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="168" />
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="169" />
        <source>Images ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="180" />
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>正在添加 %n 张照片…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="223" />
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_images.py" line="224" />
        <source>Describe the photo for buyers who cannot see it:</source>
        <translation>为看不到照片的买家描述这张照片：</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="66" />
        <source>Search title, SKU or tag</source>
        <translation>搜索标题、SKU 或标签</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="69" />
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="71" />
        <source>Edit selected</source>
        <translation>编辑所选</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="75" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="175" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="286" />
        <source>Change the price of %n product(s) by {0}%</source>
        <translation>
            <numerusform>将 %n 件商品的价格调整 {0}%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="293" />
        <source>Publish %n product(s)</source>
        <translation>
            <numerusform>上架 %n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="294" />
        <source>Make %n product(s) drafts</source>
        <translation>
            <numerusform>将 %n 件商品设为草稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="300" />
        <source>Add %n product(s) to {0}</source>
        <translation>
            <numerusform>将 %n 件商品加入 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="307" />
        <source>Change price by percent…</source>
        <translation>按百分比调价…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="309" />
        <source>Publish</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="310" />
        <source>Make drafts</source>
        <translation>设为草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="313" />
        <source>Add to collection</source>
        <translation>加入分类</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="320" />
        <source>Change prices</source>
        <translation>调价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_page.py" line="321" />
        <source>Percent to add (negative to lower), e.g. 10 or -15:</source>
        <translation>要加的百分比（负数为降价），例如 10 或 -15：</translation>
    </message>
</context>
<context>
    <name>ProductsTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="48" />
        <source>Availability</source>
        <translation>供货状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="49" />
        <source>Collection</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="50" />
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="129" />
        <source>Cover image</source>
        <translation>封面图</translation>
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
            <numerusform>%n 个规格组合</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="196" />
        <source>on request</source>
        <translation>可预订</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="198" />
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/products_model.py" line="199" />
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsUndo</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Add product “{0}”</source>
        <translation>添加商品“{0}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="42" />
        <source>Edit product “{0}”</source>
        <translation>编辑商品“{0}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Choose cover image</source>
        <translation>设置封面图</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="151" />
        <source>Reorder images</source>
        <translation>调整图片顺序</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="172" />
        <source>Edit alt text</source>
        <translation>编辑替代文字</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/products_undo.py" line="190" />
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
    <translation>
            <numerusform>删除 %n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s)</source>
    <translation>
            <numerusform>添加 %n 张图片</numerusform>
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
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="70" />
        <source>Publish target</source>
        <translation>发布目标</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="73" />
        <source>S3 endpoint</source>
        <translation>S3 端点</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="74" />
        <source>Readable by anyone (public-read)</source>
        <translation>所有人可读（public-read）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="78" />
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="142" />
        <source>SSH key file</source>
        <translation>SSH 密钥文件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="79" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="85" />
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="86" />
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="88" />
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="89" />
        <source>A folder, SFTP, S3-compatible storage (R2, OSS, COS, B2, MinIO) or a git branch for GitHub, Gitee or Codeberg Pages. Passwords go to the system keyring, never into the shop file.</source>
        <translation>文件夹、SFTP、兼容 S3 的存储（R2、OSS、COS、B2、MinIO），或 GitHub、Gitee、Codeberg Pages 的 git 分支。密码保存在系统钥匙串中，绝不写入店铺文件。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="94" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="98" />
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="178" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="186" />
        <source>Publishing the shop…</source>
        <translation>正在发布店铺…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="226" />
        <source>Unknown server</source>
        <translation>未知服务器</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/publish_section.py" line="227" />
        <source>This is the first connection to {0}. Its key's fingerprint is

{1}

Compare it with the one your host shows. Trust this server and remember it?</source>
        <translation>这是第一次连接 {0}。它的密钥指纹是

{1}

请与主机商提供的指纹核对。信任并记住这台服务器吗？</translation>
    </message>
</context>
<context>
    <name>QrPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>The shop</source>
        <translation>整个店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="71" />
        <source>A product</source>
        <translation>某件商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="72" />
        <source>A collection</source>
        <translation>某个分类</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="73" />
        <source>A drop</source>
        <translation>某场限量发售</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="74" />
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="83" />
        <source>Crop marks</source>
        <translation>裁切线</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="86" />
        <source>e.g. poster-a4-stall</source>
        <translation>例如 poster-a4-stall</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="88" />
        <source>Added to the link as ?src=…, so an order message says which poster sold.</source>
        <translation>以 ?src=… 加到链接上，订单消息就能显示是哪张海报带来的销售。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="89" />
        <source>Shop logo in the centre</source>
        <translation>中间放店标</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="92" />
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="93" />
        <source>Which</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="94" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="95" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="96" />
        <source>Bleed</source>
        <translation>出血</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="98" />
        <source>Campaign tag</source>
        <translation>活动标签</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="101" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="102" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="153" />
        <source>Label sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="154" />
        <source>Story image (1080×1920)</source>
        <translation>竖版分享图（1080×1920）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>Square image (1080×1080)</source>
        <translation>方形分享图（1080×1080）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="155" />
        <source>QR code only</source>
        <translation>仅二维码</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="214" />
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 枚标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="225" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="261" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="262" />
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="265" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="286" />
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="288" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="313" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/qr_page.py" line="315" />
        <source>Preparing the pages for printing…</source>
        <translation>正在准备打印页面…</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="106" />
        <source>Who you are and what you sell, for the shop's About section.</source>
        <translation>你是谁、卖什么，用于店铺的“关于我们”。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="109" />
        <source>Paste (Ctrl+V), drop or choose a square image.</source>
        <translation>粘贴（Ctrl+V）、拖入或选择一张方形图片。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="115" />
        <source>https://shop.example.com/ (optional)</source>
        <translation>https://shop.example.com/（可选）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="119" />
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="120" />
        <source>Tagline</source>
        <translation>店铺口号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="121" />
        <source>About</source>
        <translation>关于我们</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="122" />
        <source>Logo</source>
        <translation>店标</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="124" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="125" />
        <source>Shop languages</source>
        <translation>店铺语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="126" />
        <source>Theme colour</source>
        <translation>主题色</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="127" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="128" />
        <source>Shop address</source>
        <translation>店铺网址</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="137" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="142" />
        <source>Every change is saved as you make it; Edit &gt; Undo takes it back.</source>
        <translation>每次修改都会立即保存；用“编辑 &gt; 撤销”可以撤回。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="145" />
        <source>Shopfront</source>
        <translation>店铺信息</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="146" />
        <source>Prices, languages and look</source>
        <translation>价格、语言与外观</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="147" />
        <source>How buyers reach you</source>
        <translation>买家如何联系你</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="196" />
        <source>Change shop name</source>
        <translation>修改店铺名称</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="198" />
        <source>Change tagline</source>
        <translation>修改店铺口号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="200" />
        <source>Change About</source>
        <translation>修改“关于我们”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="203" />
        <source>Change shop address</source>
        <translation>修改店铺网址</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="206" />
        <source>Change currency</source>
        <translation>修改币种</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="208" />
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="212" />
        <source>Change time zone</source>
        <translation>修改时区</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="214" />
        <source>Change theme colour</source>
        <translation>修改主题色</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="247" />
        <source>Prices keep their amounts; they are not converted to the new currency.</source>
        <translation>价格数字保持不变，不会按新币种换算。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="254" />
        <source>The shop needs at least one language.</source>
        <translation>店铺至少需要一种语言。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="264" />
        <source>Change shop languages</source>
        <translation>修改店铺语言</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="274" />
        <source>Change logo</source>
        <translation>修改店标</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="282" />
        <source>Add at least one contact channel: buyers send their orders there.</source>
        <translation>请至少添加一个联系渠道：买家会通过它给你发订单。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="307" />
        <source>Change {0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="313" />
        <source>Enter and save the WeChat ID first; the QR code belongs to it.</source>
        <translation>请先填写并保存微信号；二维码要和微信号对应。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/shop_page.py" line="318" />
        <source>Change WeChat QR</source>
        <translation>修改微信二维码</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <location filename="../weidian_desktop/ui/shop_view.py" line="147" />
        <source>This page could not be opened: {0}</source>
        <translation>无法打开此页面：{0}</translation>
    </message>
</context>
<context>
    <name>ShopWizard</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="155" />
        <source>Register a shopfront</source>
        <translation>登记店铺信息</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="167" />
        <source>Create shop…</source>
        <translation>创建店铺…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="196" />
        <source>Save the new shop as</source>
        <translation>新店铺保存为</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="197" />
        <source>Weidian shops (*.weidian)</source>
        <translation>微店店铺文件 (*.weidian)</translation>
    </message>
</context>
<context>
    <name>ShopfrontPage</name>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="64" />
        <source>Your shopfront</source>
        <translation>你的店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="65" />
        <source>What buyers see first. You can change all of it later on the Shop page.</source>
        <translation>买家第一眼看到的内容。之后都可以在“店铺”页修改。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="70" />
        <source>e.g. 小满杂货铺 Xiaoman Goods</source>
        <translation>例如 小满杂货铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="73" />
        <source>e.g. Small-batch goods, new every week</source>
        <translation>例如 小批量好物，每周上新</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="74" />
        <source>Square works best. Paste it (Ctrl+V), drop it here or choose a file.</source>
        <translation>方形图片效果最好。可以粘贴（Ctrl+V）、拖到这里或选择文件。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="78" />
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="79" />
        <source>Tagline</source>
        <translation>店铺口号</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/wizard.py" line="80" />
        <source>Logo</source>
        <translation>店标</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="38" />
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Supplier price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="39" />
        <source>Availability</source>
        <translation>供货状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="40" />
        <source>In shop</source>
        <translation>店内</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="41" />
        <source>in stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="42" />
        <source>on request</source>
        <translation>可预订</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="43" />
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="138" />
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="142" />
        <source>discontinued</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stock_model.py" line="143" />
        <source>picked</source>
        <translation>已选入</translation>
    </message>
</context>
<context>
    <name>StocklistsPage</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="71" />
        <source>Search titles, SKUs, brands, descriptions (中文 too)</source>
        <translation>搜索标题、SKU、品牌、描述（中英文均可）</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="75" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="77" />
        <source>Pick…</source>
        <translation>选品…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="78" />
        <source>Make shop products from the selected items</source>
        <translation>用所选货品生成店铺商品</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="115" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="85" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>any availability</source>
        <translation>任意供货状态</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="91" />
        <source>in stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="92" />
        <source>on request</source>
        <translation>可预订</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="93" />
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="95" />
        <source>discontinued too</source>
        <translation>包括已下架</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>best match</source>
        <translation>最匹配</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="97" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="98" />
        <source>price, low to high</source>
        <translation>价格从低到高</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="99" />
        <source>price, high to low</source>
        <translation>价格从高到低</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="100" />
        <source>file order</source>
        <translation>文件顺序</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="121" />
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="122" />
        <source>Price from</source>
        <translation>价格从</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="123" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="254" />
        <source>Imported {0}: {1}. The shop as it was before is kept in {2}.</source>
        <translation>已导入 {0}：{1}。导入前的店铺副本保存在 {2}。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="117" />
        <source>Sort by</source>
        <translation>排序</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="166" />
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0}（%n 件货品）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="176" />
        <source>all categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="209" />
        <source>No stocklist yet: Import… a supplier's catalogue (CSV, Shopify, WooCommerce, Merchant feed, 淘宝助理).</source>
        <translation>还没有货源清单：点“导入…”导入供应商的商品目录（CSV、Shopify、WooCommerce、Merchant 商品数据、淘宝助理）。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="212" />
        <source>More than {0} items match</source>
        <translation>超过 {0} 件货品符合条件</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="215" />
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n 件货品符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="221" />
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="222" />
        <source>%n picked product(s) lost their supplier item: </source>
        <translation>
            <numerusform>%n 件已选入的商品在供应商处已找不到对应货品：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="239" />
        <source>Import a supplier's catalogue</source>
        <translation>导入供应商的商品目录</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="240" />
        <source>Catalogues (*.csv *.tsv *.txt *.xml);;All files (*)</source>
        <translation>商品目录 (*.csv *.tsv *.txt *.xml);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="249" />
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="250" />
        <source>%n changed</source>
        <translation>
            <numerusform>变化 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="251" />
        <source>%n discontinued</source>
        <translation>
            <numerusform>下架 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="252" />
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="253" />
        <source>%n picked product(s) updated</source>
        <translation>
            <numerusform>更新了 %n 件已选入的商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="264" />
        <source>Select the items to pick first.</source>
        <translation>请先选择要选入的货品。</translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="275" />
        <source>Picking %n item(s)…</source>
        <translation>
            <numerusform>正在选入 %n 件货品…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="283" />
        <source>Picked %n product(s) into the shop (on request unless you chose stock counts); Undo removes them.</source>
        <translation>
            <numerusform>已将 %n 件商品选入店铺（除非你选择了沿用库存数量，否则为可预订）；撤销即可移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../weidian_desktop/ui/pages/stocklists_page.py" line="287" />
        <source>%n item(s) left out, e.g. {0}: {1}.</source>
        <translation>
            <numerusform>有 %n 件货品未选入，例如 {0}：{1}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="98" />
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="99" />
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/orders_model.py" line="112" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="157" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="173" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="213" />
        <source>Weidian Desktop</source>
        <translation>微店桌面版</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/tasks.py" line="218" />
        <source>Something went wrong that Weidian Desktop did not expect; nothing was changed. The details below help the developers.</source>
        <translation>微店桌面版遇到了意外错误，没有做任何更改。下面的详细信息可以帮助开发者排查问题。</translation>
    </message>
</context>
<context>
    <name>TranslationsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="113" />
        <source>Empty: shows the {0} title, “{1}”</source>
        <translation>留空则显示{0}标题：“{1}”</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="114" />
        <source>Empty: shows the {0} title</source>
        <translation>留空则显示{0}标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="116" />
        <source>Empty: shows the {0} description:</source>
        <translation>留空则显示{0}描述：</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="157" />
        <source>Has its own text</source>
        <translation>已有该语言的内容</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="158" />
        <source>Empty: buyers see the default language</source>
        <translation>留空：买家看到默认语言的内容</translation>
    </message>
</context>
<context>
    <name>VariantsEditor</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>On request</source>
        <translation>可预订</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="48" />
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="49" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <source>Option</source>
        <translation>规格名</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="52" />
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="56" />
        <source>Values</source>
        <translation>规格值</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="55" />
        <source>Separate the values with commas: S, M, L</source>
        <translation>规格值之间用逗号分隔：S, M, L</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Variant</source>
        <translation>规格组合</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="65" />
        <source>Availability</source>
        <translation>供货</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="66" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="71" />
        <source>Add option</source>
        <translation>添加规格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="73" />
        <source>Remove option</source>
        <translation>删除规格</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="75" />
        <source>Make variants</source>
        <translation>生成规格组合</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="76" />
        <source>One variant for each combination of values</source>
        <translation>为每种规格值组合各生成一行</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="88" />
        <source>An empty variant price means the product's price.</source>
        <translation>规格组合的价格留空即使用商品价格。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="184" />
        <source>Variant {0}: {1}</source>
        <translation>规格组合 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_variants.py" line="188" />
        <source>Variant {0}: the quantity {1!r} is not a whole number.</source>
        <translation>规格组合 {0}：数量 {1!r} 不是整数。</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="96" />
        <source>Weidian Desktop</source>
        <translation>微店桌面版</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="102" />
        <source>Build your mobile shop offline. Register a shopfront, pick products from your suppliers' stocklists, paste the photos, and export a shop your buyers open from a QR code or a chat link.</source>
        <translation>离线搭建你的手机店铺：登记店铺信息，从供应商的货源清单里选品，粘贴商品照片，再导出一个买家扫码或点聊天链接就能打开的店铺。</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="112" />
        <source>New shop…</source>
        <translation>新建店铺…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="113" />
        <source>Register a shopfront</source>
        <translation>登记店铺信息</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="114" />
        <source>A .weidian shop file</source>
        <translation>一个 .weidian 店铺文件</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="115" />
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="116" />
        <source>Look around first</source>
        <translation>先随便看看</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/welcome.py" line="123" />
        <source>Recent shops</source>
        <translation>最近的店铺</translation>
    </message>
</context>
<context>
    <name>_LanguageTab</name>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="48" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../weidian_desktop/ui/pages/product_translations.py" line="49" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context><name>PickCommand</name>
    <message numerus="yes">
        <source>Pick %n product(s)</source>
    <translation>
            <numerusform>选入 %n 件商品</numerusform>
        </translation>
    </message>
</context></TS>
