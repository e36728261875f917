# Builds national-2018.json: the hand annotation of data/corpus/national/national-2018.txt
# (State Council government work report delivered March 2018: reviews the five years 2013-2017 and the year 2017,
# sets 2018 targets).
# Conventions follow tests/gold/build_national_2019.py (and eval/gold-shanxi-2024.py); for this report:
#   period  only where it differs from the document period (2017): 2018 targets get 2018; figures the sentence ties
#           to the five years (五年来, 过去五年, 累计, 年均, 五年投入, cumulative actions of the review: 新建, 退出,
#           削减…) get "2013-2017"; a level reached at the end of the five years (达到, 增加到, 覆盖, 比重 X) gets the
#           last year (2017 = the document period, so no period field); in 从A增加到B, B is the 2017 level and A
#           (the level of 2012) is optional with period 2012 (as 由A降至B in build_national_2019.py);
#   status  "target" for planned figures of 2018 (预期目标, 今年, 年内, 全年; 今年高校毕业生820多万 is a 2018
#           projection, annotated as a target like 2019's 约8000万纳税人);
#   bound   以上/至少 → atLeast, 超过/多 → moreThan, 约/近/左右 → approx, 以内 → atMost;
#   a change written without its level (减少6800多万, 森林面积增加1.63亿亩, 再压减钢铁产能3000万吨, 再增加40元,
#           下降8.1个百分点) is annotated as a positive value (in points for 个百分点);
#   比去年预算低0.4个百分点 → change_value -0.4; 比去年增加5500亿元 → change_value;
#   增加两倍 → +200; 翻一番 / 提高一倍 → +100; fractions written in words (三分之一, 三分之二, 一半) are optional;
#   units   人次 → person, 套/辆/个/项/部 → count, 户 → household, 岁/年 → year, 平方公里 → km2, 万吨 → t.
# Annotated from the text alone, sentence by sentence.
from goldkit import Gold
AREA = "中国|全国|中华人民共和国|我国"
FIVE = "2013-2017"   # 五年来, 过去五年
BEFORE = 2012        # the A of 从A增加到B in the five-year review
GOLD = Gold(AREA, target_year=2018)
obs, target, ent = GOLD.obs, GOLD.target, GOLD.ent
O, E = GOLD.observations, GOLD.entities

# ---- five-year review (2013-2017): headline figures ----
# 经济实力
obs("国内生产总值", ["国内生产总值", "GDP", "经济总量"], 8.27e13, "CNY")  # 从54万亿元增加到82.7万亿元
obs("国内生产总值（2012年）", ["国内生产总值", "GDP", "经济总量"], 5.4e13, "CNY", period=BEFORE, optional=True)
obs("国内生产总值年均增长", ["国内生产总值", "GDP", "年均", "经济增长"], change=7.1, period=FIVE)
obs("占世界经济比重", ["世界经济比重", "占世界经济", "世界经济"], 15, "percent", bound="approx")  # 从11.4%提高到15%左右
obs("占世界经济比重（2012年）", ["世界经济比重", "占世界经济", "世界经济"], 11.4, "percent", period=BEFORE, optional=True)
obs("对世界经济增长贡献率", ["世界经济增长贡献率", "贡献率"], 30, "percent", bound="moreThan", period=FIVE)  # 超过30%
obs("财政收入", ["财政收入"], 1.73e13, "CNY")  # 从11.7万亿元增加到17.3万亿元
obs("财政收入（2012年）", ["财政收入"], 1.17e13, "CNY", period=BEFORE, optional=True)
obs("居民消费价格年均上涨", ["居民消费价格", "消费价格", "CPI"], change=1.9, period=FIVE)
obs("城镇新增就业（五年）", ["新增就业"], 66000000, "person", bound="atLeast", period=FIVE)  # 6600万人以上
obs("人口", ["人口"], 1.3e9, "person", bound="moreThan")  # 13亿多人口的大国
# 经济结构
obs("消费贡献率", ["消费贡献率", "贡献率"], 58.8, "percent")  # 由54.9%提高到58.8%
obs("消费贡献率（2012年）", ["消费贡献率", "贡献率"], 54.9, "percent", period=BEFORE, optional=True)
obs("服务业比重", ["服务业比重", "服务业"], 51.6, "percent", industry="服务业")  # 从45.3%上升到51.6%
obs("服务业比重（2012年）", ["服务业比重", "服务业"], 45.3, "percent", period=BEFORE, industry="服务业", optional=True)
obs("高技术制造业年均增长", ["高技术制造业"], change=11.7, period=FIVE, industry="高技术制造业")
obs("粮食生产能力", ["粮食生产能力", "粮食"], 1.2e12, "jin", industry="农业")  # 达到1.2万亿斤
obs("城镇化率", ["城镇化率", "城镇化"], 58.5, "percent")  # 从52.6%提高到58.5%
obs("城镇化率（2012年）", ["城镇化率", "城镇化"], 52.6, "percent", period=BEFORE, optional=True)
obs("农业转移人口成为城镇居民", ["农业转移人口", "城镇居民"], 80000000, "person", bound="moreThan", period=FIVE)  # 8000多万
# 创新
obs("全社会研发投入年均增长", ["研发投入", "研发"], change=11, period=FIVE)
obs("全社会研发投入规模世界排名", ["研发投入", "研发", "规模"], rank=2)  # 规模跃居世界第二位
obs("科技进步贡献率", ["科技进步贡献率", "科技进步"], 57.5, "percent")  # 由52.2%提高到57.5%
obs("科技进步贡献率（2012年）", ["科技进步贡献率", "科技进步"], 52.2, "percent", period=BEFORE, optional=True)
obs("日均新设企业", ["新设企业"], 16000, "household", bound="moreThan")  # 由5千多户增加到1万6千多户
obs("日均新设企业（2012年）", ["新设企业"], 5000, "household", bound="moreThan", period=BEFORE, optional=True)
# 人民生活
obs("贫困人口减少", ["贫困人口"], 68000000, "person", bound="moreThan", period=FIVE)  # 减少6800多万
obs("易地扶贫搬迁", ["易地扶贫搬迁", "搬迁"], 8300000, "person", period=FIVE)  # 830万人
obs("贫困发生率", ["贫困发生率"], 3.1, "percent")  # 由10.2%下降到3.1%
obs("贫困发生率（2012年）", ["贫困发生率"], 10.2, "percent", period=BEFORE, optional=True)
obs("居民收入年均增长", ["居民收入", "可支配收入"], change=7.4, period=FIVE)
obs("出境旅游人次", ["出境旅游", "旅游人次"], 1.3e8, "person", bound="moreThan", industry="旅游")  # 由8300万增加到1亿3千多万
obs("出境旅游人次（2012年）", ["出境旅游", "旅游人次"], 83000000, "person", period=BEFORE, industry="旅游", optional=True)
obs("社会养老保险覆盖人数", ["养老保险"], 9e8, "person", bound="moreThan")  # 覆盖9亿多人
obs("基本医疗保险覆盖人数", ["医疗保险", "医保"], 1.35e9, "person")  # 覆盖13.5亿人
obs("社会保障网规模世界排名", ["社会保障网"], rank=1, optional=True)  # 世界上最大的社会保障网
obs("人均预期寿命", ["预期寿命", "寿命"], 76.7, "year")  # 达到76.7岁
obs("棚户区住房改造", ["棚户区", "棚改"], 26000000, "count", bound="moreThan", period=FIVE)  # 2600多万套
obs("农村危房改造", ["危房改造", "危房"], 17000000, "household", bound="moreThan", period=FIVE)  # 1700多万户
obs("喜迁新居人数", ["新居", "迁"], 1e8, "person", bound="moreThan", period=FIVE, optional=True)  # 上亿人喜迁新居
# 生态环境
obs("单位国内生产总值能耗下降（五年）", ["能耗"], change=-20, bound="atLeast", period=FIVE)  # 能耗、水耗均下降20%以上
obs("单位国内生产总值水耗下降（五年）", ["水耗"], change=-20, bound="atLeast", period=FIVE)
obs("重点城市重污染天数", ["重污染天数", "重污染"], change=-50, period=FIVE, optional=True)  # 减少一半
obs("森林面积增加", ["森林面积", "森林"], 1.63e8, "mu", period=FIVE, industry="林业")  # 增加1.63亿亩 (change without level)
obs("沙化土地面积年均缩减", ["沙化土地", "沙化"], 2000, "km2", bound="approx", period=FIVE)  # 年均缩减近2000平方公里

# ---- 2017 (刚刚过去的2017年) ----
obs("国内生产总值增长", ["国内生产总值", "GDP", "经济增长"], change=6.9)
obs("居民收入增长", ["居民收入", "可支配收入"], change=7.3)
obs("城镇新增就业", ["新增就业"], 13510000, "person")  # 1351万人
obs("工业企业利润增长", ["企业利润", "利润"], change=21)
obs("财政收入增长", ["财政收入"], change=7.4)
obs("进出口增长", ["进出口"], change=14.2)
obs("实际使用外资", ["使用外资", "外资"], 1.363e11, "USD")  # 1363亿美元，创历史新高

# ---- (一) macro regulation ----
obs("营业税征收历史", ["营业税"], 66, "year", optional=True)  # 结束了66年的营业税征收历史
obs("营改增累计减税", ["减税", "营改增"], 2e12, "CNY", bound="moreThan", period=FIVE)  # 累计减税超过2万亿元
obs("减轻市场主体负担", ["负担", "减轻", "减税降费"], 3e12, "CNY", bound="moreThan", period=FIVE)  # 3万多亿元
obs("债务置换降低利息负担", ["利息负担", "利息"], 1.2e12, "CNY", period=FIVE)  # 降低利息负担1.2万亿元
obs("财政赤字率", ["赤字率"], 3, "percent", bound="atMost", period=FIVE)  # 一直控制在3%以内
# ---- (二) supply-side reform ----
obs("中央财政专项奖补资金（去产能）", ["奖补资金", "专项奖补"], 1e11, "CNY", period=FIVE)  # 1000亿元
obs("退出钢铁产能", ["钢铁产能", "钢铁"], 1.7e8, "t", bound="atLeast", period=FIVE, industry="钢铁")  # 1.7亿吨以上
obs("退出煤炭产能", ["煤炭产能", "煤炭"], 8e8, "t", period=FIVE, industry="煤炭")  # 8亿吨
obs("安置分流职工", ["分流职工", "职工"], 1100000, "person", bound="moreThan", period=FIVE)  # 110多万人
obs("压减政府性基金项目", ["政府性基金"], change=-30, period=FIVE)
obs("削减中央政府层面涉企收费项目", ["涉企收费", "收费项目"], change=-60, bound="atLeast", period=FIVE)
obs("种植业适度规模经营比重", ["规模经营比重", "规模经营"], 40, "percent", bound="atLeast", industry="种植业")  # 从30%提升到40%以上
obs("种植业适度规模经营比重（2012年）", ["规模经营比重", "规模经营"], 30, "percent", period=BEFORE, industry="种植业", optional=True)
obs("网上零售额年均增长", ["网上零售额", "网上零售"], change=30, bound="atLeast", period=FIVE, industry="电子商务")
obs("社会消费品零售总额年均增长", ["社会消费品零售总额", "零售总额", "社会消费品"], change=11.3, period=FIVE)
obs("高速铁路运营里程", ["高速铁路", "高铁"], 25000, "km", industry="铁路")  # 从9000多公里增加到2万5千公里
obs("高速铁路运营里程（2012年）", ["高速铁路", "高铁"], 9000, "km", bound="moreThan", period=BEFORE, industry="铁路", optional=True)
obs("高速铁路运营里程占世界比重", ["高速铁路", "高铁", "占世界"], 200 / 3, "percent", optional=True)  # 占世界三分之二
obs("高速公路里程", ["高速公路"], 136000, "km")  # 从9.6万公里增加到13.6万公里
obs("高速公路里程（2012年）", ["高速公路"], 96000, "km", period=BEFORE, optional=True)
obs("新建改建农村公路（五年）", ["农村公路"], 1270000, "km", period=FIVE)  # 127万公里
obs("新建民航机场", ["民航机场", "机场"], 46, "count", period=FIVE)
obs("开工重大水利工程", ["水利工程"], 122, "count", period=FIVE)  # 122项
obs("移动宽带网规模全球排名", ["移动宽带网", "宽带"], rank=1, optional=True)  # 建成全球最大的移动宽带网
# 放管服
obs("国务院部门行政审批事项削减", ["行政审批事项", "审批事项"], change=-44, period=FIVE)
obs("中央政府层面核准的企业投资项目减少", ["企业投资项目", "核准"], change=-90, period=FIVE)
obs("行政审批中介服务事项压减", ["中介服务"], change=-74, period=FIVE)
obs("中央政府定价项目缩减", ["中央政府定价", "定价项目"], change=-80, period=FIVE)
obs("地方政府定价项目缩减", ["地方政府定价", "定价项目"], change=-50, bound="atLeast", period=FIVE)
obs("企业开办时间缩短", ["开办时间"], change=-100 / 3, bound="atLeast", period=FIVE, optional=True)  # 三分之一以上
# ---- (三) innovation ----
obs("新设国家自主创新示范区", ["自主创新示范区", "示范区"], 14, "count", period=FIVE)
obs("各类市场主体", ["市场主体"], 98000000, "household", bound="moreThan")  # 达到9800多万户
obs("市场主体五年增加", ["市场主体"], change=70, bound="atLeast", period=FIVE)  # 五年增加70%以上
obs("国内有效发明专利拥有量", ["发明专利"], change=200, period=FIVE)  # 增加两倍
obs("技术交易额", ["技术交易额", "技术交易", "技术合同"], change=100, period=FIVE)  # 翻了一番
# ---- (四) reform ----
obs("国有企业利润增长", ["国有企业利润", "国有企业", "利润"], change=23.5)  # 去年利润增长23.5%
obs("专项转移支付项目减少", ["专项转移支付"], change=-200 / 3, period=FIVE, optional=True)  # 减少三分之二
obs("农村承包地确权面积", ["确权"], 80, "percent", bound="moreThan")  # 确权面积超过80%
# ---- (五) opening ----
obs("设立自贸试验区", ["自贸试验区", "自由贸易试验区"], 11, "count", period=FIVE)
obs("设立跨境电商综合试验区", ["跨境电商综合试验区", "跨境电商"], 13, "count", period=FIVE, industry="跨境电商")
obs("货物通关时间缩短", ["通关时间"], change=-50, bound="atLeast", period=FIVE, optional=True)  # 缩短一半以上
obs("外商投资限制性措施削减", ["限制性措施"], change=-200 / 3, period=FIVE, optional=True)  # 削减三分之二
obs("外商投资中高技术产业占比", ["高技术产业", "占比"], change=100, period=FIVE, industry="高技术产业")  # 提高一倍
obs("来华工作的外国专家", ["外国专家"], change=40, period=FIVE)
obs("新签和升级自由贸易协定", ["自由贸易协定", "贸易协定"], 8, "count", period=FIVE)
# ---- (七) livelihood ----
obs("中央财政专项扶贫资金（五年）", ["专项扶贫资金", "扶贫资金"], 2.8e11, "CNY", bound="moreThan", period=FIVE)  # 2800多亿元
obs("财政性教育经费占国内生产总值比例", ["教育经费"], 4, "percent", bound="moreThan", period=FIVE)  # 持续超过4%
obs("营养改善计划惠及农村学生", ["营养改善计划", "农村学生"], 36000000, "person", bound="moreThan", period=FIVE)  # 3600多万
obs("重点高校专项招收农村和贫困地区学生", ["专项招收", "招收", "重点高校"], 100000, "person")  # 由1万人增加到10万人
obs("重点高校专项招收农村和贫困地区学生（2012年）", ["专项招收", "招收", "重点高校"], 10000, "person", period=BEFORE, optional=True)
obs("家庭困难学生资助受益", ["困难学生", "资助", "受益"], 4.3e8, "person", period=FIVE)  # 4.3亿人次
obs("劳动年龄人口平均受教育年限", ["受教育年限"], 10.5, "year")  # 提高到10.5年
obs("居民基本医保人均财政补助标准", ["财政补助", "医保"], 450, "CNY")  # 由240元提高到450元
obs("居民基本医保人均财政补助标准（2012年）", ["财政补助", "医保"], 240, "CNY", period=BEFORE, optional=True)
obs("大病保险受益", ["大病保险", "受益"], 17000000, "person", bound="moreThan", period=FIVE)  # 1700多万人次
obs("低保人员和特困群众基本生活得到保障", ["低保", "特困"], 60000000, "person", bound="approx", period=FIVE)  # 近6000万
obs("困难和重度残疾人两项补贴惠及", ["两项补贴", "残疾人"], 21000000, "person", bound="moreThan", period=FIVE)  # 2100多万人
obs("文化产业年均增长", ["文化产业"], change=13, bound="atLeast", period=FIVE, industry="文化产业")
# ---- (八) environment ----
obs("重点地区细颗粒物（PM2.5）平均浓度下降", ["细颗粒物", "PM2.5", "浓度"], change=-30, bound="atLeast", period=FIVE)
obs("实现超低排放的煤电机组比例", ["超低排放", "煤电机组"], 71, "percent", industry="煤电")
obs("煤炭消费比重下降", ["煤炭消费比重", "煤炭消费"], 8.1, "percent", period=FIVE)  # 下降8.1个百分点 (points)
obs("清洁能源消费比重提高", ["清洁能源消费比重", "清洁能源"], 6.3, "percent", period=FIVE)  # 提高6.3个百分点 (points)
obs("淘汰黄标车和老旧车", ["黄标车", "老旧车"], 20000000, "count", bound="moreThan", period=FIVE)  # 2000多万辆
obs("化肥农药使用量", ["化肥", "农药"], change=0, period=FIVE, optional=True)  # 实现零增长
# ---- (九) rule of law ----
obs("提请全国人大常委会制定修订法律", ["法律"], 95, "count", period=FIVE)  # 95部
obs("制定修订行政法规", ["行政法规"], 195, "count", period=FIVE)  # 195部
# ---- military ----
obs("裁减军队员额", ["裁减军队员额", "军队员额", "裁军"], 300000, "person", period=FIVE)  # 裁减军队员额30万任务

# ---- 2018 main targets (预期目标) ----
target("国内生产总值增长", ["国内生产总值", "GDP", "经济增长"], change=6.5, bound="approx")  # 6.5%左右
target("国内生产总值增长（重述）", ["增速", "经济增长"], change=6.5, bound="approx", optional=True)  # 6.5%左右的增速可以实现比较充分的就业
target("居民消费价格涨幅", ["居民消费价格", "消费价格", "CPI"], change=3, bound="approx")  # 3%左右
target("城镇新增就业", ["新增就业"], 11000000, "person", bound="atLeast")  # 1100万人以上
target("城镇调查失业率", ["调查失业率", "失业率"], 5.5, "percent", bound="atMost")  # 5.5%以内
target("城镇登记失业率", ["登记失业率", "失业率"], 4.5, "percent", bound="atMost")  # 4.5%以内
target("单位国内生产总值能耗", ["能耗"], change=-3, bound="atLeast")  # 下降3%以上
# fiscal policy
target("赤字率", ["赤字率"], 2.6, "percent", change_value=-0.4)  # 比去年预算低0.4个百分点
target("财政赤字", ["财政赤字", "赤字"], 2.38e12, "CNY")
target("中央财政赤字", ["中央财政赤字", "中央"], 1.55e12, "CNY")
target("地方财政赤字", ["地方财政赤字", "地方"], 8.3e11, "CNY")
target("全国财政支出", ["财政支出"], 2.1e13, "CNY")  # 21万亿元
target("中央对地方一般性转移支付", ["转移支付"], change=10.9)

# ---- 2018 tasks ----
# (一) supply-side reform
target("移动网络流量资费降低", ["流量资费", "流量"], change=-30, bound="atLeast")  # 年内至少降低30%
target("压减钢铁产能", ["钢铁产能", "钢铁"], 3e7, "t", bound="approx", industry="钢铁")  # 再压减3000万吨左右
target("退出煤炭产能", ["煤炭产能", "煤炭"], 1.5e8, "t", bound="approx", industry="煤炭")  # 1.5亿吨左右
target("工程建设项目审批时间压减", ["审批时间"], change=-50, optional=True)  # 再压减一半
target("为企业和个人减税", ["减税"], 8e11, "CNY", bound="moreThan")  # 全年再减税8000多亿元
target("一般工商业电价平均降低", ["电价"], change=-10)
target("为市场主体减轻非税负担", ["非税负担", "负担"], 3e11, "CNY", bound="moreThan")  # 3000多亿元
# (四) three battles
target("地方专项债券", ["专项债券"], 1.35e12, "CNY", change_value=5.5e11)  # 1.35万亿元，比去年增加5500亿元
target("农村贫困人口减少", ["贫困人口"], 10000000, "person", bound="atLeast")  # 再减少1000万以上
target("易地扶贫搬迁", ["易地扶贫搬迁", "搬迁"], 2800000, "person")  # 280万人
target("二氧化硫排放量", ["二氧化硫"], change=-3)
target("氮氧化物排放量", ["氮氧化物"], change=-3)
target("化学需氧量排放量", ["化学需氧量"], change=-2)
target("氨氮排放量", ["氨氮"], change=-2)
target("造林", ["造林"], 1e8, "mu", bound="atLeast", industry="林业")  # 完成造林1亿亩以上
target("耕地轮作休耕试点面积", ["轮作休耕", "休耕"], 3e7, "mu", industry="农业")  # 增加到3000万亩
# (五) rural revitalization
target("新增高标准农田", ["高标准农田"], 8e7, "mu", bound="atLeast", industry="农业")  # 8000万亩以上
target("新增高效节水灌溉面积", ["节水灌溉"], 2e7, "mu", industry="农业")  # 2000万亩
target("土地承包到期后再延长", ["土地承包", "延长"], 30, "year", optional=True)  # 第二轮土地承包到期后再延长30年
target("新建改建农村公路", ["农村公路"], 200000, "km")  # 20万公里
# (六) urbanization
target("进城落户", ["落户"], 13000000, "person")  # 今年再进城落户1300万人
# (七) consumption and investment
target("新能源汽车车辆购置税优惠政策延长", ["购置税", "延长"], 3, "year", optional=True)  # 再延长三年
target("铁路投资", ["铁路投资"], 7.32e11, "CNY", industry="铁路")  # 7320亿元
target("公路水运投资", ["公路水运"], 1.8e12, "CNY", bound="approx")  # 1.8万亿元左右
target("水利在建投资规模", ["水利", "在建投资"], 1e12, "CNY")  # 达到1万亿元
target("中央预算内投资", ["中央预算内投资", "预算内投资"], 5.376e11, "CNY", change_value=3e10)  # 5376亿元，比去年增加300亿元
# (八) opening
target("整体通关时间压缩", ["通关时间"], change=-100 / 3, optional=True)  # 再压缩三分之一
# (九) livelihood
target("高校毕业生", ["高校毕业生", "毕业生"], 8200000, "person", bound="moreThan")  # 今年高校毕业生820多万人
target("居民基本医保人均财政补助标准增加", ["财政补助", "医保"], 40, "CNY")  # 再增加40元 (change without level)
target("新增医保补助用于大病保险的比例", ["大病保险"], 50, "percent", optional=True)  # 一半用于大病保险
target("棚改开工", ["棚改", "棚户区", "开工"], 5800000, "count")  # 今年开工580万套

# regions and places
ent("Place", "香港", "香港特别行政区", part_of="中国")
ent("Place", "澳门", "澳门特别行政区", part_of="中国")
ent("Place", "台湾", "台湾省", part_of="中国")
ent("City", "北京", "北京市")
ent("City", "上海", "上海市")
ent("City", "杭州", "杭州市", part_of="浙江")  # 二十国集团领导人杭州峰会
ent("City", "厦门", "厦门市", part_of="福建")  # 金砖国家领导人厦门会晤
ent("Province", "广西", "广西壮族自治区")
ent("Province", "宁夏", "宁夏回族自治区")
ent("Place", "雄安新区", "河北雄安新区", part_of="河北")
ent("Place", "京津冀", "京津冀地区")
ent("Place", "长江经济带")
ent("Place", "粤港澳大湾区", "大湾区")
ent("Place", "港珠澳大桥")
ent("Place", "亚丁湾")
ent("Place", "东北", "东北地区", optional=True)
ent("Place", "西部", "西部地区", optional=True)
ent("Place", "中部", "中部地区", optional=True)
ent("Place", "东部", "东部地区", optional=True)
ent("Place", "中西部", "中西部地区", optional=True)
ent("Place", "台海", optional=True)
ent("Place", "内地", "祖国内地", optional=True)
ent("Place", "大陆", optional=True)
ent("Place", "中国大陆", optional=True)  # Wikisource licence footer, not the report
ent("Province", "西藏", "藏", optional=True)  # only in 援藏援疆援青
ent("Province", "新疆", "疆", optional=True)
ent("Province", "青海", "青", optional=True)
ent("Township", "古田", "古田镇", part_of="上杭县", optional=True)  # only inside 古田全军政治工作会议
# people
ent("Person", "习近平", "习近平同志", "习近平主席", "习近平总书记")
ent("Person", "李克强", optional=True)  # the Premier who delivered the report; not named in the text
for lab in ["马克思", "列宁", "毛泽东", "邓小平"]:  # only inside the names of doctrines
    ent("Person", lab, optional=True)
# organizations
ent("Organization", "国务院", "中华人民共和国国务院")
ent("Organization", "全国政协", "中国人民政治协商会议全国委员会", "人民政协", "政协")
ent("Organization", "中共中央", "党中央", "中国共产党中央委员会")
ent("Organization", "中央军委", "军委", "中央军事委员会")
ent("Organization", "全国人大常委会", "全国人民代表大会常务委员会", "人大常委会")
ent("Organization", "亚投行", "亚洲基础设施投资银行")
ent("Organization", "丝路基金")
ent("Organization", "国际货币基金组织", "IMF")
ent("Organization", "联合国")
ent("Organization", "国家融资担保基金")
ent("Organization", "全国人民代表大会", "全国人大", "人大", optional=True)
ent("Organization", "中国共产党", optional=True)
ent("Organization", "上海合作组织", "上合组织", optional=True)
ent("Organization", "亚太经济合作组织", "亚太经合组织", "APEC", optional=True)
ent("Organization", "二十国集团", "G20", optional=True)
ent("Organization", "金砖国家", optional=True)
ent("Organization", "中非合作论坛", optional=True)
ent("Organization", "世界经济论坛", optional=True)  # annotated as an event below
ent("Organization", "人民军队", "中国人民解放军", optional=True)
for lab in ["工会", "共青团", "妇联", "工商联", "民主党派", "香港特别行政区政府", "澳门特别行政区政府", "社保基金",
            "大中型商业银行", "普惠金融事业部", "国有企业", "央企", "新型智库"]:
    ent("Organization", lab, optional=True)
# events
ent("Event", "第十二届全国人民代表大会第一次会议", "十二届全国人大一次会议")
ent("Event", "党的十九大", "十九大", "中国共产党第十九次全国代表大会")
ent("Event", "十九届二中全会", optional=True)  # written 十九届二中、三中全会
ent("Event", "十九届三中全会", optional=True)
ent("Event", "古田全军政治工作会议")
ent("Event", "“一带一路”国际合作高峰论坛", "首届“一带一路”国际合作高峰论坛", "一带一路国际合作高峰论坛")
ent("Event", "亚太经济合作组织领导人非正式会议", "亚太经合组织领导人非正式会议", "APEC领导人非正式会议")
ent("Event", "二十国集团领导人杭州峰会", "G20杭州峰会", "杭州峰会")
ent("Event", "金砖国家领导人厦门会晤", "厦门会晤")
ent("Event", "气候变化大会", "联合国气候变化大会")
ent("Event", "世界经济论坛")
ent("Event", "东亚合作领导人系列会议")
ent("Event", "中国国际进口博览会", "首届中国国际进口博览会", "进博会")
ent("Event", "北京冬奥会", "冬奥会", "北京冬季奥运会")
ent("Event", "博鳌亚洲论坛年会", "博鳌亚洲论坛")
ent("Event", "上海合作组织峰会", "上合组织峰会")
ent("Event", "中非合作论坛峰会")
ent("Event", "冬残奥会", "北京冬残奥会", optional=True)
ent("Event", "联合国系列峰会", optional=True)
ent("Event", "两岸领导人历史性会晤", "两岸领导人会晤", optional=True)
ent("Event", "改革开放40周年", optional=True)
ent("Event", "广西壮族自治区成立60周年庆祝活动", optional=True)
ent("Event", "宁夏回族自治区成立60周年庆祝活动", optional=True)
ent("Event", "钱荒", optional=True)
ent("Event", "第十三届全国人民代表大会第一次会议", "十三届全国人大一次会议", optional=True)  # not named in this text
# programs, policies, plans, projects, campaigns, laws
for lab, *al in [
    ("“十二五”规划", "十二五规划"), ("“十三五”规划", "十三五规划"),
    ("一带一路", "共建“一带一路”", "“一带一路”", "“一带一路”建设"), ("供给侧结构性改革",),
    ("减税降费",), ("营改增", "营业税改征增值税"), ("三去一降一补", "“三去一降一补”"),
    ("“互联网+”", "互联网+", "“互联网+”行动"), ("中国制造2025", "“中国制造2025”"),
    ("放管服", "“放管服”改革", "简政放权、放管结合、优化服务"), ("双随机、一公开", "“双随机、一公开”", "“双随机、一公开”监管"),
    ("互联网+政务服务", "“互联网+政务服务”"), ("创新驱动发展战略",), ("大众创业、万众创新", "大众创业万众创新", "双创"),
    ("三权分置", "“三权”分置改革", "农村承包地“三权”分置改革"), ("河长制",), ("湖长制",),
    ("单一窗口", "国际贸易“单一窗口”"), ("沪港通",), ("深港通",), ("债券通",),
    ("京津冀协同发展",), ("长江经济带发展",), ("西部开发", "西部大开发"), ("东北振兴",),
    ("中部崛起", "中部地区崛起"), ("东部率先发展",), ("新型城镇化", "新型城镇化战略"),
    ("精准脱贫", "精准扶贫"), ("脱贫攻坚",), ("易地扶贫搬迁",), ("营养改善计划",),
    ("世界一流大学和一流学科建设", "双一流", "“双一流”建设"), ("分级诊疗",), ("全面两孩政策", "全面两孩"),
    ("全民健身",), ("退耕还林还草还湿", "退耕还林"), ("中央环保督察",), ("巴黎协定", "《巴黎协定》"),
    ("国务院大督查",), ("党的群众路线教育实践活动", "群众路线教育实践活动"), ("“三严三实”专题教育", "三严三实"),
    ("“两学一做”学习教育", "两学一做"), ("中央八项规定", "八项规定"), ("约法三章", "国务院“约法三章”"),
    ("军民融合发展战略", "军民融合"), ("一国两制", "“一国两制”"), ("三大攻坚战",),
    ("市场准入负面清单制度", "市场准入负面清单"), ("证照分离", "“证照分离”改革"), ("混合所有制改革",),
    ("企业职工基本养老保险基金中央调剂制度", "中央调剂制度"), ("蓝天保卫战",), ("超低排放改造",),
    ("乡村振兴战略", "乡村振兴"), ("农村人居环境整治三年行动",), ("厕所革命", "“厕所革命”"),
    ("粤港澳大湾区发展规划纲要",), ("城镇老旧小区改造", "老旧小区改造"),
    ("棚户区改造", "棚户区住房改造", "棚改", "三年棚改攻坚计划"), ("农村危房改造",),
    ("区域全面经济伙伴关系协定", "RCEP"), ("健康中国战略", "健康中国"), ("扫黑除恶专项斗争", "扫黑除恶"),
    ("“不忘初心、牢记使命”主题教育", "不忘初心、牢记使命")]:
    ent("Program", lab, *al)
for lab in ["五位一体", "四个全面", "习近平新时代中国特色社会主义思想", "习近平新时代中国特色社会主义经济思想",
            "新发展理念", "马克思列宁主义", "毛泽东思想", "邓小平理论", "三个代表", "科学发展观", "积极的财政政策",
            "稳健的货币政策", "地方政府存量债务置换", "定向降准", "专项再贷款", "汇率市场化形成机制", "工业强基",
            "智能制造", "绿色制造", "农业供给侧结构性改革", "商事制度改革", "全面创新改革试验", "国家自主创新示范区",
            "国资国企改革", "公司制改革", "不动产统一登记制度", "财政预决算公开", "中央与地方财政事权和支出责任划分改革",
            "存款保险制度", "普惠金融", "教育综合改革", "考试招生制度改革", "机关事业单位和企业养老保险制度并轨",
            "划转部分国有资本充实社保基金方案", "医疗、医保、医药联动改革", "公立医院综合改革", "药品加成政策",
            "药品医疗器械审批制度改革", "主体功能区制度", "省级以下环保机构垂直管理制度改革试点", "自贸试验区",
            "跨境电商综合试验区", "负面清单管理", "人民币国际化", "特别提款权", "援藏援疆援青", "居住证制度",
            "重点城市群规划", "大病保险", "大病保险制度", "医联体", "异地就医直接结算", "跨省异地就医直接结算",
            "两项补贴", "大气十条", "水十条", "土十条", "党风廉政建设", "反腐败斗争", "四风", "三公", "一个中国原则",
            "九二共识", "人类命运共同体", "区间调控", "定向调控", "五险一金", "载人航天", "深海探测", "大飞机",
            "大数据发展行动", "网络提速降费", "数字中国", "网络强国", "智慧社会", "制造强国", "重大短板装备专项工程",
            "工业互联网平台", "“中国制造2025”示范区", "质量提升行动", "企业投资项目承诺制改革试点", "最多跑一次",
            "只进一扇门", "综合执法机构机制改革", "政务服务标准化建设", "增值税制度改革", "企业境外所得综合抵免政策",
            "收费公路制度改革", "国家实验室", "双创示范基地", "“双创”升级版", "人才发展体制改革",
            "国有资本投资、运营公司改革试点", "两个毫不动摇", "亲清新型政商关系", "侵权惩罚性赔偿制度",
            "房地产税立法", "个人所得税改革", "绩效管理", "收入划分改革方案", "多层次资本市场改革", "金融监管体制改革",
            "利率汇率市场化改革", "养老保险制度改革", "医保支付改革", "生态环境损害赔偿制度", "生态补偿机制",
            "债转股", "地方专项债券", "东西部扶贫协作", "对口支援", "生态保护红线", "国家公园体制改革试点",
            "现代农业产业园", "特色农产品优势区", "高标准农田", "互联网+农业", "耕地占补平衡", "宅基地三权分置改革",
            "城乡建设用地增减挂钩", "区域协调发展战略", "疏解北京非首都功能", "城中村改造", "地下综合管廊", "海绵城市",
            "新能源汽车车辆购置税优惠政策", "全域旅游示范区", "全域旅游", "重大技术改造升级工程", "国际产能合作",
            "自由贸易港", "出口信用保险", "亚太自贸区", "东亚经济共同体", "专项招生计划", "家庭医生签约服务", "公租房",
            "共有产权住房", "社会信用体系", "普法责任制", "平安中国", "社会主义核心价值观", "文化惠民工程", "全民阅读",
            "四个意识", "四个自信", "法治政府", "政府法律顾问制度", "民族区域自治制度", "习近平强军思想", "军委主席负责制",
            "中国梦", "两个一百年", "营商环境", "高质量发展", "中国特色强军之路", "城乡义务教育一体化", "双拥",
            "第二轮土地承包", "国有林区林场改革", "集体林权制度改革", "科技创新中心"]:
    ent("Program", lab, optional=True)
# industries
for lab, *al in [("服务业",), ("高技术制造业",), ("制造业", "一般制造业"), ("高技术产业",), ("农业", "现代农业"),
                 ("种植业",), ("钢铁", "钢铁行业"), ("煤炭", "煤炭行业"), ("水泥",), ("平板玻璃",),
                 ("电子商务", "电商"), ("文化产业",), ("集成电路",), ("第五代移动通信", "5G"), ("飞机发动机",),
                 ("新能源汽车",), ("新材料",), ("人工智能", "新一代人工智能"), ("交通运输", "交通运输业"),
                 ("金融", "金融业"), ("房地产", "房地产市场", "房地产业"), ("农产品加工业",), ("快递",)]:
    ent("Industry", lab, *al)
for lab in ["新兴产业", "传统产业", "先进制造业", "现代服务业", "大数据", "云计算", "物联网", "共享经济", "平台经济",
            "移动支付", "量子通信", "高铁", "核电", "智能产业", "工业互联网", "物流", "电信", "能源", "铁路", "盐业",
            "保险", "种业", "农林牧渔业", "旅游", "清洁能源", "煤电", "医疗", "养老", "教育", "文化", "体育", "中医药",
            "新闻出版", "广播影视", "民航", "油气", "国防科技工业", "海洋经济", "实体经济", "职业教育", "加工贸易",
            "服务贸易", "网购", "林业", "跨境电商", "互联网金融", "影子银行", "银行卡清算", "二手车"]:
    ent("Industry", lab, optional=True)

NEG = ["第十二届", "第一次会议", "五位一体", "四个全面", "十二五", "十三五", "十九大", "十九届二中、三中全会",
       "三个“十条”", "M2", "三去一降一补", "五险一金", "三四线城市", "第二产业", "三次产业", "中国制造2025",
       "“三权”分置", "PM2.5", "三严三实", "两学一做", "八项规定", "四风", "约法三章", "三公", "首届",
       "二十国集团", "三个代表", "改革开放40周年", "两个一百年", "三大攻坚战", "第五代移动通信",
       "30万千瓦以下", "只进一扇门", "最多跑一次", "三档并两档", "两个毫不动摇", "一二三产业", "第二轮土地承包",
       "三年行动", "三年棚改攻坚计划", "四个意识", "四个自信", "60周年", "九二共识", "两项补贴", "一国两制",
       "第五条第一项"]
GOLD.write("national-2018.json", "data/corpus/national/national-2018.txt", 2017,
           {"note": "numbers inside names, dates, ordinals, anniversaries, specifications and slogans: "
            "none may become an observation's value",
            "strings": NEG, "values": [2017, 2018, 2025, 12, 19, 60, 2.5]})
