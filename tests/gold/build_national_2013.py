# Builds national-2013.json: the hand annotation of data/corpus/national/national-2013.txt
# (State Council government work report delivered March 2013: a five-year review of 2008-2012 and of 2012,
# then the 2013 targets and tasks).
# Conventions follow tests/gold/build_national_2019.py and build_national_2006.py; for this report:
#   period  only where it differs from the document period (2012): 2013 targets; "2008-2012" for figures of the
#           five-year review tied to the five years (累计, 年均, 五年来, 五年中, 过去五年) and for the cumulative
#           flows of the review's eight numbered parts (新建改建农村公路146.5万公里, 改造农村危房1033万户,
#           增加860万人 ...: five-year totals by their size and place, as the part opens 五年来的主要工作);
#           "2009-2010" for 两年新增4万亿元投资; "2007-2012" for 连续6年稳定在万亿斤以上;
#           a level reached at the end (达到/提高到/增加到 X) keeps the document period;
#   从A增加到B  B is the figure (2012); A is annotated with the year before the span (2007) or the year the text
#           names (2004, 2009); A is required when the text names its year (从2007年的639亿元), optional when the
#           year is only implied (国内生产总值从26.6万亿元 …), as build_national_2019 keeps an old level optional;
#   status  "target" for the 2013 figures (主要预期目标, 今年拟安排, 今年 … 提高/建成/新开工);
#   bound   以上 → atLeast, 超过/多/余 → moreThan, 近/约/左右 → approx, 低于 → lessThan (strictly below),
#           41.7%到86.7% → between (low end as the change, low/high fields);
#   提高N个百分点 without its level → a value in percent (README: a change may be annotated as a value);
#   比2007年增加N (with the 2012 level) → change_value;
#   units   公顷 → hectare, 平方公里 → km2, 平方米 → m2, 套/座/个/项/种/辆 → count, 户 → household,
#           人/人次 → person, 岁/年 → year, 亿美元 → USD;
#   ranks   世界第二位 / 世界第一 / 全球首位 → rank (scope: the world);
#   repeats of a figure (7.5%左右 three times, 3.5%左右 twice, 2012's 2.6% twice) → the first required, the rest optional.
# Annotated from the text alone, sentence by sentence.
from goldkit import Gold

AREA = "中国|全国|中华人民共和国|我国"
FIVE = "2008-2012"   # 过去五年 / 五年来 / 五年累计 / 年均
GOLD = Gold(AREA, target_year=2013)
obs, target, ent = GOLD.obs, GOLD.target, GOLD.ent
O, E = GOLD.observations, GOLD.entities

# ==== 一、过去五年工作回顾 ====
# ---- opening summary ----
obs("国内生产总值", ["国内生产总值", "GDP", "经济总量"], 5.19e13, "CNY", rank=2)  # 从26.6万亿元增加到51.9万亿元，跃升到世界第二位
obs("国内生产总值（2007年）", ["国内生产总值", "GDP", "经济总量"], 2.66e13, "CNY", period=2007, optional=True)
obs("公共财政收入", ["公共财政收入", "财政收入"], 1.17e13, "CNY")  # 从5.1万亿元增加到11.7万亿元
obs("公共财政收入（2007年）", ["公共财政收入", "财政收入"], 5.1e12, "CNY", period=2007, optional=True)
obs("累计新增城镇就业", ["新增城镇就业", "城镇就业", "新增就业"], 58700000, "person", period=FIVE)  # 累计5870万人
obs("城镇居民人均可支配收入年均增长", ["城镇居民人均可支配收入", "可支配收入"], change=8.8, period=FIVE)
obs("农村居民人均纯收入年均增长", ["农村居民人均纯收入", "人均纯收入", "纯收入"], change=9.9, period=FIVE)
obs("粮食产量连续增产年数", ["粮食产量", "连增", "九连增"], 9, "year", optional=True, industry="农业")  # “九连增”
# ---- 一是: the financial crisis ----
obs("两年新增投资", ["新增投资", "投资", "一揽子计划"], 4e12, "CNY", period="2009-2010")  # 两年新增4万亿元投资
obs("中央财政投资（两年新增投资中）", ["中央财政投资", "中央财政"], 1.26e12, "CNY", period="2009-2010")  # 其中1.26万亿元
obs("新建各类保障性住房", ["保障性住房"], 18000000, "count", bound="moreThan", period=FIVE)  # 五年来1800多万套
obs("棚户区改造住房", ["棚户区"], 12000000, "count", bound="moreThan", period=FIVE)  # 1200多万套
obs("水库除险加固", ["水库", "除险加固"], 18000, "count", period=FIVE)  # 1.8万座
obs("治理重点中小河流", ["中小河流", "河流"], 24500, "km", period=FIVE)  # 2.45万公里
obs("新增节水灌溉面积", ["节水灌溉"], 7.7e6, "hectare", period=FIVE)  # 770万公顷
obs("新增铁路里程", ["铁路里程", "铁路"], 19700, "km", period=FIVE, industry="铁路")  # 1.97万公里
obs("新增高速铁路里程", ["高速铁路", "高铁"], 8951, "km", period=FIVE, industry="铁路")  # 其中8951公里
obs("新增公路里程", ["公路"], 609000, "km", period=FIVE)  # 60.9万公里
obs("新增高速公路里程", ["高速公路"], 42000, "km", period=FIVE)  # 其中4.2万公里
obs("高速公路总里程", ["高速公路总里程", "高速公路", "总里程"], 95600, "km")  # 达9.56万公里 (2012 level)
obs("新建机场", ["机场"], 31, "count", period=FIVE)
obs("新增万吨级港口泊位", ["港口泊位", "泊位"], 602, "count", period=FIVE)
obs("水电装机世界排名", ["水电", "装机"], rank=1, industry="水电")  # 水电、风电装机位居世界第一
obs("风电装机世界排名", ["风电", "装机"], rank=1, industry="风电")
# macro policy
obs("财政赤字占国内生产总值的比重", ["财政赤字", "赤字"], 1.5, "percent", bound="approx")  # 从2009年的2.8%降到去年的1.5%左右
obs("财政赤字占国内生产总值的比重（2009年）", ["财政赤字", "赤字"], 2.8, "percent", period=2009)
obs("银行业资本充足率", ["资本充足率"], 13.3, "percent", industry="银行业")  # 从2007年底的8.4%提升到去年底的13.3%
obs("银行业资本充足率（2007年底）", ["资本充足率"], 8.4, "percent", period=2007, industry="银行业")
obs("不良贷款率", ["不良贷款率", "不良贷款"], 0.95, "percent", industry="银行业")  # 由6.1%下降到0.95%
obs("不良贷款率（2007年底）", ["不良贷款率", "不良贷款"], 6.1, "percent", period=2007, industry="银行业", optional=True)
# 2012
obs("国内生产总值增长", ["国内生产总值", "GDP", "经济增长"], change=7.8)  # 2012年，国内生产总值增长7.8%
obs("城镇新增就业", ["城镇新增就业", "新增就业"], 12660000, "person")  # 1266万人
obs("居民消费价格涨幅", ["居民消费价格", "消费价格", "CPI"], change=2.6)  # 回落到2.6%
obs("国内生产总值年均增长", ["国内生产总值", "GDP", "年均"], change=9.3, period=FIVE)  # 这五年 … 年均增长9.3%
# ---- 二是: structure ----
obs("经常项目顺差占国内生产总值的比重", ["经常项目顺差", "顺差"], 2.6, "percent")  # 从10.1%下降到2.6%
obs("经常项目顺差占国内生产总值的比重（2007年）", ["经常项目顺差", "顺差"], 10.1, "percent", period=2007, optional=True)
obs("城镇人均住房面积", ["城镇人均住房面积", "人均住房面积", "住房面积"], 32.9, "m2", change_value=2.8)  # 2012年底32.9平方米，比2007年增加2.8平方米
obs("农村人均住房面积", ["农村人均住房面积", "人均住房面积", "住房面积"], 37.1, "m2", change_value=5.5)  # 37.1平方米，增加5.5平方米
obs("城镇居民每百户拥有家用汽车", ["家用汽车", "汽车"], 21.5, "count", change_value=15.5)  # 21.5辆，比2007年增加15.5辆
obs("制造业规模世界排名", ["制造业规模", "制造业"], rank=1, industry="制造业")  # 跃居全球首位
obs("高技术制造业增加值年均增长", ["高技术制造业", "增加值"], change=13.4, period=FIVE, industry="高技术制造业")
obs("服务业增加值占国内生产总值比重提高", ["服务业增加值", "服务业", "比重"], 2.7, "percent", period=FIVE, industry="服务业")  # 提高2.7个百分点
obs("淘汰落后炼铁产能", ["炼铁产能", "炼铁", "落后产能"], 1.17e8, "t", period=FIVE, industry="炼铁")  # 五年累计 1.17亿吨
obs("淘汰落后炼钢产能", ["炼钢产能", "炼钢", "落后产能"], 7.8e7, "t", period=FIVE, industry="炼钢")  # 7800万吨
obs("淘汰落后水泥产能", ["水泥产能", "水泥", "落后产能"], 7.75e8, "t", period=FIVE, industry="水泥")  # 7.75亿吨
obs("新增城市污水日处理能力", ["污水", "日处理能力", "处理能力"], 4.6e7, "t", period=FIVE)  # 4600万吨
obs("单位国内生产总值能耗", ["能耗"], change=-17.2, period=FIVE)  # 下降17.2%
obs("化学需氧量排放总量", ["化学需氧量"], change=-15.7, period=FIVE)
obs("二氧化硫排放总量", ["二氧化硫"], change=-17.5, period=FIVE)
obs("完成造林", ["造林"], 2.953e7, "hectare", period=FIVE, industry="林业")  # 五年累计 2953万公顷
obs("治理沙漠化、石漠化土地", ["沙漠化", "石漠化"], 1.196e7, "hectare", period=FIVE)  # 1196万公顷
obs("综合治理水土流失面积", ["水土流失"], 246000, "km2", period=FIVE)  # 24.6万平方公里
obs("整治国土面积", ["国土面积", "整治国土"], 180000, "km2", period=FIVE)  # 18万平方公里
obs("扶贫标准", ["扶贫标准"], 2300, "CNY")  # 提高到2300元（2010年不变价）
obs("转移农村人口", ["转移农村人口", "农村人口"], 84630000, "person", period=FIVE)  # 五年转移农村人口8463万人
obs("城镇化率", ["城镇化率", "城镇化"], 52.6, "percent")  # 由45.9%提高到52.6%
obs("城镇化率（2007年）", ["城镇化率", "城镇化"], 45.9, "percent", period=2007, optional=True)
# ---- 三是: agriculture ----
obs("中央财政“三农”累计支出", ["三农", "支出"], 4.47e12, "CNY", period=FIVE, industry="农业")  # 累计4.47万亿元
obs("中央财政“三农”支出年均增长", ["三农", "年均"], change=23.5, period=FIVE, industry="农业")
obs("种粮农民补贴资金", ["补贴资金", "补贴"], 1.923e11, "CNY", industry="农业")  # 从2007年的639亿元增加到2012年的1923亿元
obs("种粮农民补贴资金（2007年）", ["补贴资金", "补贴"], 6.39e10, "CNY", period=2007, industry="农业")
obs("涉农贷款余额", ["涉农贷款"], 1.763e13, "CNY", industry="金融")  # 从2007年末的6.12万亿元增加到2012年末的17.63万亿元
obs("涉农贷款余额（2007年末）", ["涉农贷款"], 6.12e12, "CNY", period=2007, industry="金融")
obs("小麦、稻谷最低收购价累计提高", ["最低收购价"], change=41.7, bound="between", low=41.7, high=86.7, period=FIVE,
    industry="农业")  # 累计提高41.7%到86.7%
obs("耕地面积", ["耕地面积", "耕地"], 1.82e9, "mu", bound="atLeast", industry="农业")  # 保持在18.2亿亩以上
obs("粮食总产量", ["粮食总产量", "粮食产量", "粮食"], 1e12, "jin", bound="atLeast", period="2007-2012", industry="农业")  # 连续6年稳定在万亿斤以上
obs("粮食总产量稳定在万亿斤以上的年数", ["连续", "粮食"], 6, "year", optional=True)  # 连续6年
obs("新建改建农村公路", ["农村公路"], 1465000, "km", period=FIVE)  # 146.5万公里
obs("改造农村危房", ["农村危房", "危房"], 10330000, "household", period=FIVE)  # 1033万户
obs("解决饮水安全的农村人口", ["饮水安全", "饮水"], 3e8, "person", bound="moreThan", period=FIVE)  # 3亿多农村人口
obs("解决用电问题的无电区人口", ["无电区", "用电"], 4450000, "person", period=FIVE)  # 445万人
# ---- 四是: education, science, talent, culture ----
obs("国家财政性教育经费支出累计", ["财政性教育经费", "教育经费"], 7.79e12, "CNY", period=FIVE)  # 五年累计7.79万亿元
obs("国家财政性教育经费支出年均增长", ["财政性教育经费", "教育经费", "年均"], change=21.58, period=FIVE)
obs("国家财政性教育经费支出占国内生产总值比例", ["财政性教育经费", "教育经费", "比例"], 4, "percent")  # 2012年达到4%
obs("免费义务教育惠及学生", ["义务教育", "学生"], 1.6e8, "person")  # 惠及1.6亿学生
obs("每年资助金额", ["资助金额", "资助"], 1e11, "CNY", bound="approx")  # 近1000亿元
obs("资助学生", ["资助学生", "资助"], 8e7, "person", bound="approx")  # 近8000万人次
obs("在城市接受义务教育的农村户籍孩子", ["农村户籍", "随迁子女", "义务教育"], 12600000, "person")  # 现有1260万
obs("营养改善计划惠及学生", ["营养改善计划", "营养改善"], 3e7, "person", bound="moreThan")  # 惠及3000多万
obs("高等教育毛入学率", ["毛入学率"], 30, "percent")  # 提高到30%
obs("15岁以上人口平均受教育年限", ["受教育年限"], 9, "year", bound="atLeast")  # 9年以上
obs("中央财政科技投入累计", ["科技", "投入"], 8.729e11, "CNY", period=FIVE)  # 五年累计8729亿元
obs("中央财政科技投入年均增长", ["科技", "投入", "年均"], change=18, bound="moreThan", period=FIVE)  # 年均增长超过18%
obs("研究与试验发展经费支出占国内生产总值比重", ["研究与试验发展", "研发", "R&D"], 1.97, "percent")  # 由2007年的1.4%提高到2012年的1.97%
obs("研究与试验发展经费支出占国内生产总值比重（2007年）", ["研究与试验发展", "研发", "R&D"], 1.4, "percent", period=2007)
obs("企业研发活动支出占比", ["企业研发", "研发活动", "研发"], 74, "percent", bound="moreThan")  # 超过74%
obs("专业技术人才增加", ["专业技术人才"], 8600000, "person", period=FIVE)  # 分别增加860万人和880万人
obs("高技能人才增加", ["高技能人才"], 8800000, "person", period=FIVE)
obs("留学回国人员", ["留学回国"], 540000, "person")  # 达到54万人
# ---- 五是: livelihood ----
obs("就业专项资金", ["就业专项资金", "专项资金"], 1.973e11, "CNY", period=FIVE)  # 五年累计投入1973亿元
obs("高校毕业生就业", ["高校毕业生"], 28000000, "person", period=FIVE)  # 2800万人
obs("城镇就业困难人员就业", ["就业困难人员", "困难人员"], 8300000, "person", period=FIVE)  # 830万人
obs("各项养老保险参保人数", ["养老保险"], 7.9e8, "person")  # 达到7.9亿人
obs("企业退休人员基本养老金", ["基本养老金", "养老金"], 1721, "CNY")  # 从2004年人均每月700元提高到现在的1721元
obs("企业退休人员基本养老金（2004年）", ["基本养老金", "养老金"], 700, "CNY", period=2004)
obs("各项医疗保险参保人数", ["医疗保险", "医保"], 1.3e9, "person", bound="moreThan")  # 超过13亿人
obs("人均预期寿命", ["预期寿命"], 75, "year")  # 达到75岁
obs("城镇保障性住房覆盖面", ["保障性住房", "覆盖面"], 12.5, "percent")  # 2012年底已达到12.5%
# ---- 七是: opening up ----
obs("进出口总额年均增长", ["进出口"], change=12.2, period=FIVE)
obs("进出口总额世界排名", ["进出口"], rank=2)  # 从世界第三位提升到第二位
obs("进出口总额世界排名（2007年）", ["进出口"], rank=3, period=2007, optional=True)
obs("出口额世界排名", ["出口额", "出口"], rank=1)  # 跃居世界第一位
obs("出口占国际市场份额提高", ["国际市场份额", "市场份额"], 2, "percent", bound="moreThan", period=FIVE)  # 比2007年提高2个多百分点
obs("累计实际利用外资", ["利用外资", "外资"], 5.528e11, "USD", period=FIVE)  # 五年累计5528亿美元
obs("非金融类对外直接投资", ["对外直接投资", "对外投资"], 7.72e10, "USD")  # 从2007年的248亿美元上升到2012年的772亿美元
obs("非金融类对外直接投资（2007年）", ["对外直接投资", "对外投资"], 2.48e10, "USD", period=2007)
obs("非金融类对外直接投资年均增长", ["对外直接投资", "对外投资", "年均"], change=25.5, period=FIVE)
# ---- 八是: government ----
obs("取消和调整行政审批事项", ["行政审批", "审批事项"], 498, "count", period=FIVE)  # 五年中分两轮 … 498项
obs("取消和调整行政审批事项轮次", ["轮"], 2, "count", period=FIVE, optional=True)  # 分两轮
obs("国务院各部门取消和调整的审批项目总数", ["审批项目", "行政审批"], 2497, "count")  # 达到2497项
obs("取消和调整的审批项目占原有审批项目比例", ["审批项目", "原有审批项目", "比例"], 69.3, "percent")

# ==== 二、2013年主要预期目标和宏观经济政策 ====
target("国内生产总值增长", ["国内生产总值", "GDP", "经济增长"], change=7.5, bound="approx")  # 7.5%左右
target("居民消费价格涨幅", ["居民消费价格", "消费价格", "CPI"], change=3.5, bound="approx")  # 3.5%左右
target("城镇新增就业", ["城镇新增就业", "新增就业"], 9000000, "person", bound="atLeast")  # 900万人以上
target("城镇登记失业率", ["登记失业率", "失业率"], 4.6, "percent", bound="lessThan")  # 低于4.6%
target("经济增长预期目标（重述）", ["经济增长", "预期目标"], change=7.5, bound="approx", optional=True)  # 今年经济增长预期目标定为7.5%左右
target("经济增长目标（再述）", ["经济增长", "目标"], change=7.5, bound="approx", optional=True)  # 综合权衡 … 定为7.5%左右
obs("居民消费价格涨幅（去年，重述）", ["居民消费价格", "消费价格", "CPI"], change=2.6, optional=True)  # 去年 … 回落到2.6%
obs("去年价格上涨的翘尾影响", ["翘尾"], 1, "percent", bound="approx", period=2013)  # 约有1个百分点 (on 2013 prices)
target("居民消费价格涨幅（重述）", ["居民消费价格", "消费价格", "CPI"], change=3.5, bound="approx", optional=True)  # 控制在3.5%左右
# fiscal policy
target("财政赤字", ["财政赤字", "赤字"], 1.2e12, "CNY", change_value=4e11)  # 1.2万亿元，比去年预算增加4000亿元
target("中央财政赤字", ["中央财政赤字", "中央"], 8.5e11, "CNY")  # 8500亿元
target("代地方发债", ["代地方发债", "发债", "地方"], 3.5e11, "CNY")  # 3500亿元
target("赤字率", ["赤字率"], 2, "percent", bound="approx")  # 赤字率在2%左右
# monetary policy
target("广义货币M2增长", ["广义货币", "M2", "货币"], change=13, bound="approx")  # 预期增长目标拟定为13%左右

# ==== 三、2013年工作 ====
obs("耕地红线", ["耕地红线", "耕地"], 1.8e9, "mu", bound="atLeast", optional=True)  # 严守18亿亩耕地红线 (a standing floor)
target("企业退休人员基本养老金提高", ["基本养老金", "养老金"], change=10)  # 继续提高10%
target("重大疾病保障试点病种", ["重大疾病", "病种", "保障试点"], 20, "count")  # 儿童白血病等20种重大疾病
target("新农合和城镇居民医保财政补助标准", ["财政补助", "补助标准", "新农合", "医保"], 280, "CNY")  # 由每人每年240元提高到280元
obs("新农合和城镇居民医保财政补助标准（此前）", ["财政补助", "补助标准", "新农合", "医保"], 240, "CNY", optional=True)
target("人均基本公共卫生服务经费标准", ["公共卫生服务经费", "经费标准"], 30, "CNY")  # 由25元提高到30元
obs("人均基本公共卫生服务经费标准（此前）", ["公共卫生服务经费", "经费标准"], 25, "CNY", optional=True)
target("城镇保障性住房基本建成", ["基本建成", "保障性住房"], 4700000, "count")  # 470万套
target("城镇保障性住房新开工", ["新开工", "保障性住房"], 6300000, "count")  # 630万套
obs("年度财政性教育经费支出总额", ["财政性教育经费", "教育经费"], 2e12, "CNY", bound="moreThan")  # 已经超过2万亿元

# regions and places
ent("City", "北京", "北京市")  # 北京奥运会
ent("City", "上海", "上海市")  # 上海世博会
ent("Province", "西藏", "西藏自治区")
ent("Province", "新疆", "新疆维吾尔自治区")
ent("County", "汶川", "汶川县", part_of="四川")
ent("County", "玉树", "玉树县", "玉树市", part_of="青海")
ent("County", "舟曲", "舟曲县", part_of="甘肃")
ent("Place", "香港", "香港特别行政区", part_of="中国")
ent("Place", "澳门", "澳门特别行政区", part_of="中国")
ent("Place", "台湾", "台湾省", part_of="中国")
ent("Place", "京沪高铁", "京沪高速铁路", "京沪")  # 京沪、京广、哈大等高铁: the coordination shares 高铁
ent("Place", "京广高铁", "京广高速铁路", "京广")
ent("Place", "哈大高铁", "哈大高速铁路", "哈大")
ent("Place", "辽宁舰", "航母“辽宁舰”", optional=True)  # an aircraft carrier: no class fits
ent("Place", "东北地区", "东北", optional=True)
ent("Place", "中部地区", "中部", optional=True)
ent("Place", "西部地区", "西部", optional=True)
ent("Place", "东部地区", "东部", optional=True)
ent("Place", "中西部", "中西部地区", optional=True)
ent("Place", "集中连片特殊困难地区", optional=True)
ent("Place", "革命老区", optional=True)
ent("Place", "内地", optional=True)
ent("Place", "中国大陆", optional=True)  # Wikisource licence footer, not the report
# people
ent("Person", "习近平", "习近平同志")  # 以习近平同志为总书记的党中央
ent("Person", "邓小平", optional=True)  # only in 邓小平理论
ent("Person", "温家宝", optional=True)  # the Premier who delivered the report; not named in the text
# organizations
ent("Organization", "国务院", "中华人民共和国国务院")
ent("Organization", "全国政协", "中国人民政治协商会议全国委员会", "政协")  # 全国政协委员
ent("Organization", "中共中央", "党中央", "中国共产党中央委员会")
ent("Organization", "教育部")  # 教育部直属师范大学
ent("Organization", "上海合作组织", "上合组织")
ent("Organization", "中国人民解放军", "解放军", "人民解放军")  # 解放军指战员
ent("Organization", "中国人民武装警察部队", "武警部队", "武警")  # 武警部队官兵
ent("Organization", "全国人民代表大会", "全国人大", "大会", optional=True)
ent("Organization", "中国共产党", "党", optional=True)
ent("Organization", "东盟", "东南亚国家联盟", optional=True)  # only inside 中国—东盟自贸区
for lab in ["民主党派", "国有大型商业银行", "农村信用社", "政策性金融机构", "教育部直属师范大学", "人民团体", "公安民警"]:
    ent("Organization", lab, optional=True)
# events
ent("Event", "第十一届全国人民代表大会第一次会议", "十一届全国人大一次会议")
ent("Event", "北京奥运会", "奥运会", "2008年北京奥运会")
ent("Event", "残奥会", "北京残奥会")
ent("Event", "上海世博会", "世博会", "2010年上海世博会")
ent("Event", "党的十八大", "十八大", "中国共产党第十八次全国代表大会")
ent("Event", "党的十六大", "十六大", "中国共产党第十六次全国代表大会")
ent("Event", "汶川特大地震", "汶川地震", optional=True)
ent("Event", "玉树强烈地震", "玉树地震", optional=True)
ent("Event", "舟曲特大山洪泥石流", "舟曲泥石流", optional=True)
ent("Event", "国际金融危机", optional=True)
ent("Event", "非典疫情", "非典", optional=True)
ent("Event", "第十二届全国人民代表大会第一次会议", "十二届全国人大一次会议", optional=True)  # not named in this text
# programs, plans, strategies, projects, laws
for lab, *al in [
    ("“十一五”规划", "十一五规划"), ("“十二五”规划", "十二五规划"),
    ("载人航天", "载人航天工程"), ("探月工程",), ("北斗卫星导航系统", "北斗"),
    ("西气东输",), ("西电东送",), ("南水北调",),
    ("保障性安居工程", "保障性安居工程建设"), ("棚户区改造",), ("农村危房改造", "改造农村危房"),
    ("天然林保护", "天然林保护工程"), ("退耕还林",), ("全国主体功能区规划", "主体功能区规划"),
    ("西部大开发", "优先推进西部大开发"),
    ("东北地区等老工业基地振兴", "全面振兴东北地区等老工业基地", "振兴东北地区等老工业基地", "东北振兴"),
    ("中部地区崛起", "促进中部地区崛起", "中部崛起"), ("东部地区率先发展",),
    ("农村扶贫开发纲要", "新十年农村扶贫开发纲要", "中国农村扶贫开发纲要"),
    ("粮食最低收购价政策", "最低收购价政策"), ("集体林权制度改革", "集体林权制度主体改革"), ("农村综合改革",),
    ("科教兴国战略",), ("国家中长期科学和技术发展规划纲要",), ("国家中长期教育改革和发展规划纲要",),
    ("国家中长期人才发展规划纲要",), ("国家知识产权战略",), ("学前教育三年行动计划",),
    ("农村义务教育阶段学生营养改善计划", "营养改善计划", "农村义务教育学生营养改善计划"), ("中小学校舍安全工程",),
    ("国家技术创新工程", "技术创新工程"), ("知识创新工程",), ("国家科技重大专项", "科技重大专项"), ("人才强国战略",),
    ("全民健身", "全民健身运动"), ("新型农村社会养老保险", "新农保"), ("城镇居民社会养老保险",),
    ("城乡居民基本养老保险",), ("新型农村合作医疗", "新型农村合作医疗制度", "新农合"),
    ("城镇居民基本医疗保险", "城镇居民基本医疗保险制度", "城镇居民医保"), ("基本药物制度",),
    ("中国妇女发展纲要", "妇女发展纲要", "中国妇女、儿童发展纲要"), ("中国儿童发展纲要", "儿童发展纲要"),
    ("增值税转型", "增值税转型改革"), ("营业税改征增值税试点", "营业税改征增值税", "营改增"),
    ("国有大型商业银行股份制改革",), ("农村信用社改革",), ("创业板",),
    ("人民币汇率形成机制", "人民币汇率形成机制改革"), ("“走出去”战略", "走出去战略", "“走出去”", "走出去"),
    ("民族区域自治法",), ("两岸经济合作框架协议", "ECFA"),
    ("中国—东盟自贸区", "中国-东盟自贸区", "中国东盟自贸区", "中国—东盟自由贸易区"), ("一国两制", "“一国两制”"),
    ("创新驱动战略", "创新驱动发展战略"), ("新农村建设", "社会主义新农村建设"), ("就业优先战略",)]:
    ent("Program", lab, *al)
for lab in ["一揽子计划", "十项措施", "积极的财政政策", "适度宽松的货币政策", "稳健的货币政策", "结构性减税",
            "地方政府融资平台", "扩大内需战略", "新型工业化道路", "节能减排", "环境空气质量标准", "防沙治沙",
            "区域发展总体战略", "西部大开发新十年指导意见", "扶贫攻坚", "“三农”", "种粮农民补贴制度", "主产区利益补偿机制",
            "农村集体土地征收补偿制度", "现代农业", "高标准农田", "高标准基本农田", "农村土地整治", "农村集体土地确权颁证",
            "农村土地承包经营权登记试点", "国家助学制度", "家庭经济困难学生资助体系", "中等职业教育免学费政策",
            "九年免费义务教育", "师范生免费教育", "国家创新体系", "深化科技体制改革加快国家创新体系建设的意见",
            "积极的就业政策", "更加积极的就业政策", "社会保障体系", "医药卫生体制改革", "全民基本医保体系", "全民医保体系",
            "公立医院改革", "公立医院改革试点", "农村五保供养制度", "城镇保障性住房制度", "应急管理体系",
            "财税体制改革", "转移支付制度", "县级基本财力保障机制", "成品油价格和税费改革", "资源税", "金融体制改革",
            "股指期货", "融资融券", "利率市场化", "资本项目可兑换", "宏观审慎政策框架",
            "鼓励和引导民间投资健康发展的指导意见", "生态补偿制度", "排污权和碳排放权交易试点", "碳排放权交易", "事业单位分类改革",
            "市场多元化战略", "大部门体制", "行政审批制度改革", "政府绩效管理制度", "行政问责制度", "宗教信仰自由政策",
            "侨务政策", "中国特色军事变革", "“三通”", "两岸关系和平发展", "邓小平理论", "“三个代表”重要思想",
            "科学发展观", "全面建成小康社会", "信息化和工业化融合", "户籍制度改革", "农业转移人口市民化",
            "新型农业经营体系", "计划生育", "社会养老服务体系", "重特大疾病保障和救助机制", "重大疾病保障试点",
            "房地产市场调控", "文化惠民工程", "公共文化服务体系", "诚信体系", "国有企业改革", "公共财政体系",
            "地方税体系", "多层次资本市场", "投融资体制改革", "价格改革", "收入分配制度改革", "深化收入分配制度改革若干意见",
            "宪法", "民族区域自治制度", "港人治港", "澳人治澳", "中国特色社会主义", "法律援助制度", "服务型政府",
            "中华人民共和国著作权法", "城乡居民低保", "技术创新体系", "载人深潜"]:
    ent("Program", lab, optional=True)
# industries
for lab, *al in [("制造业",), ("高技术制造业",), ("服务业",), ("现代服务业",), ("农业",), ("金融", "金融业"),
                 ("银行业", "银行"), ("保险业", "保险"), ("文化产业",), ("房地产", "房地产市场", "房地产业"),
                 ("战略性新兴产业",), ("高新技术产业",), ("清洁能源",), ("节能环保",), ("新一代信息技术",),
                 ("生物医药",), ("高端装备制造", "高端装备"), ("水电",), ("风电",)]:
    ent("Industry", lab, *al)
for lab in ["非化石能源", "高速铁路", "铁路", "旅游", "文化消费", "炼铁", "炼钢", "水泥", "林业", "非农产业", "证券",
            "传统产业", "新兴产业", "劳动密集型产业", "资金密集型产业", "生产性服务业", "生活性服务业", "传统服务业",
            "海洋经济", "中医药", "民族医药", "实体经济", "非公有制经济", "公有制经济", "医药卫生", "职业教育", "教育",
            "医疗", "工业", "交通", "建筑", "物流", "小微企业", "哲学社会科学", "新闻出版", "广播影视", "竞技体育"]:
    ent("Industry", lab, optional=True)

NEG = ["第十一届全国人民代表大会第一次会议", "九连增", "第一艘", "十一五", "十二五", "十项措施", "百年罕见", "万吨级",
       "PM2.5", "新十年", "2010年不变价", "2010年以来", "三农", "九年免费义务教育", "三年行动计划", "15岁以上",
       "每百户", "一是", "八是", "放在第一位", "十八大", "十六大", "三个代表", "三通", "M2", "两个指标", "两方面",
       "过去十年", "近五年", "2003年", "第五条第一项", "一国两制", "2013年是", "亿万人民"]
GOLD.write("national-2013.json", "data/corpus/national/national-2013.txt", 2012,
           {"note": "numbers inside names, dates, ordinals and slogans: none may become an observation's value",
            "strings": NEG, "values": [2003, 2004, 2007, 2009, 2010, 2013, 11, 16, 15, 2.5]})
