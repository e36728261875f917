# Builds hailar-2016.json: the hand annotation of data/corpus/local/hailar-2016.txt
# (呼伦贝尔市海拉尔区政府工作报告, delivered 19 February 2016 by 区长 杜联合 at the 5th session of the 14th district
# people's congress: reviews 2015 and the 十二五 period 2011-2015, sets the 十三五 direction and the 2016 goals).
# Conventions follow eval/gold-shanxi-2024.py, tests/gold/build_national_2019.py and build_national_2006.py:
#   area    海拉尔 (the district) for every figure: the report gives none of the city or the autonomous region;
#   period  only where it differs from the document period (2015):
#           "2011-2015" for what the 十二五 review counts over the five years (五年来, 五年共, 五年累计, 累计 in the
#           five-year review, 年均增长, “十二五”期间, and a change 比2010年 written without a 2015 level);
#           a stock reached by 2015 (达到 X, 人均住房面积, 覆盖率) keeps the document period; a 由2010年的A增加到B
#           gives B (document period) and A optional with period 2010;
#           2016 for the 2016 goals (预期目标, 今年, 年内, 全年计划, 预计全年); 2017 for 到2017年底前;
#   status  "target" for planned figures;
#   bound   突破 → moreThan, 以上 → atLeast, 余 → moreThan, 约/近 → approx;
#   是2010年的N倍 → change_percent (N-1)×100 on the level (是…2.6倍 = 160, 3倍 = 200);
#           比2010年提高N% → change_percent N, 比2010年增加N (with the level) → change_value N;
#   units   人次 → person, 户 → household, 家/个/所/座/条/栋/辆/项/件 → count, 平方米 → m2, 公顷 → ha, 天 → day,
#           头（只）(livestock) → head, 万吨 → t;
#   a change written without its level (人均月增200元, 减少区直部门5个) is annotated as a positive value;
#   a figure said twice (GDP 287.9亿元, 财政收入15.07亿元, 旅游607万人次 / 69亿元 in the 十二五 review and again in
#           the 2015 review) is required once, with the 2015 growth; the other mention is optional;
#   capacities inside project names (大唐700万吨露天矿, 亘富200万吨褐煤提质, 大唐2×66万千瓦, 东海拉尔发电厂2×35万千瓦,
#           日产500吨熟料生产线) are names, not figures; a capacity of a named works (日处理80吨污泥焚烧厂,
#           日处理3万吨水厂) is optional;
#   a Chinese-numeral count written as a descriptor (三处文化遗址, 两个新村, 四个村, 十一届) is optional.
# Annotated from the text alone, sentence by sentence.
import json
import os

AREA = "海拉尔|海拉尔区"
FIVE = "2011-2015"
O = []
def obs(ind, keys=None, value=None, unit=None, change=None, change_value=None, rank=None, bound=None, area=AREA,
        period=None, status=None, industry=None, optional=False, **extra):
    O.append({k: v for k, v in dict(indicator=ind, keys=keys or [ind], value=value, unit=unit,
              change_percent=change, change_value=change_value, rank=rank, bound=bound, area=area,
              period=period, status=status, industry=industry, optional=optional or None, **extra).items() if v is not None})
def target(*a, **k):
    k.setdefault("period", 2016)
    obs(*a, status="target", **k)

GDP = ["地区生产总值", "GDP", "生产总值"]
REV = ["公共财政预算收入", "财政预算收入", "财政收入", "预算收入"]
URB = ["城镇常住居民人均可支配收入", "城镇居民人均可支配收入", "城镇", "城乡居民人均可支配收入"]
RUR = ["农村常住居民人均可支配收入", "农村居民人均可支配收入", "农村", "城乡居民人均可支配收入"]
RETAIL = ["社会消费品零售总额", "零售总额", "消费品零售"]

# ==== 一、“十二五”时期和2015年工作回顾 ====
# ---- 综合实力显著增强 ----
obs("地区生产总值（2010年）", GDP, 1.624e10, "CNY", period=2010, optional=True)  # 由2010年的162.4亿元
obs("地区生产总值（十二五回顾）", GDP, 2.879e10, "CNY", optional=True)  # 增加到2015年的287.9亿元 (said again below)
obs("地区生产总值年均增长", GDP + ["年均"], change=12.1, period=FIVE)  # 年均增长12.1%
obs("公共财政预算收入（2010年）", REV, 5.24e8, "CNY", period=2010, optional=True)  # 由2010年的5.24亿元
obs("公共财政预算收入（十二五回顾）", REV, 1.507e9, "CNY", optional=True)  # 增加到2015年的15.07亿元 (said again below)
obs("公共财政预算收入年均增长", REV + ["年均"], change=23.53, period=FIVE)  # 年均增长23.53%
obs("公共预算支出（2010年）", ["公共预算支出", "预算支出", "财政支出"], 1.166e9, "CNY", period=2010, optional=True)  # 由11.66亿元
obs("公共预算支出", ["公共预算支出", "预算支出", "财政支出"], 2.933e9, "CNY")  # 增加到29.33亿元
obs("公共预算支出年均增长", ["公共预算支出", "预算支出", "财政支出", "年均"], change=20.26, period=FIVE)  # 年均增长20.26%
obs("社会消费品零售总额（2010年）", RETAIL, 6.8e9, "CNY", period=2010, optional=True)  # 由2010年的68亿元
obs("社会消费品零售总额", RETAIL, 1.363e10, "CNY", industry="商贸")  # 增加到2015年的136.3亿元
obs("社会消费品零售总额年均增长", RETAIL + ["年均"], change=14.9, period=FIVE, industry="商贸")  # 年均增长14.9%
obs("“十二五”期间全社会固定资产投资累计", ["固定资产投资"], 6.15e10, "CNY", change=170, period=FIVE)  # 615亿元，是“十一五”时期的2.7倍
obs("城镇常住居民人均可支配收入", URB, 30788, "CNY", change_value=13480)  # 完成30788元，比2010年增加13480元
obs("城镇常住居民人均可支配收入年均递增", URB + ["年均"], change=12.2, period=FIVE)  # 年均递增12.2%
obs("农村常住居民人均可支配收入", RUR, 22250, "CNY", change_value=10525)  # 完成22250元，比2010年增加10525元
obs("农村常住居民人均可支配收入年均递增", RUR + ["年均"], change=13.7, period=FIVE)  # 年均递增13.7%

# ---- 产业结构不断优化: 现代服务业 ----
obs("五年新增商业营业面积", ["商业营业面积", "营业面积"], 500000, "m2", period=FIVE, industry="商贸")  # 50万平方米
obs("商业从业人员", ["从业人员"], 60000, "person", bound="moreThan", industry="商贸")  # 突破6万人
obs("中俄蒙国际物流园区累计完成投资", ["物流园区", "完成投资", "投资"], 2.65e8, "CNY", industry="物流")  # 累计完成投资2.65亿元
# 旅游业
obs("旅游收入（十二五回顾）", ["旅游收入"], 6.9e9, "CNY", change=160, industry="旅游", optional=True)  # 69亿元，是2010年的2.6倍
obs("旅游接待人数（十二五回顾）", ["旅游接待人数", "接待人数", "旅游接待"], 6070000, "person", change=140, industry="旅游",
    optional=True)  # 607万人次，是2010年的2.4倍
obs("环境完善提升的景区景点", ["景区景点", "景区"], 14, "count", period=FIVE, industry="旅游")  # 全区14个景区景点
obs("新建、改扩建酒店", ["酒店"], 10, "count", period=FIVE, industry="旅游")  # 10家
obs("新开通国际及地区航线", ["国际及地区航线", "国际航线", "航线"], 10, "count", period=FIVE)  # 航线10条
obs("国内外航线", ["国内外航线", "航线"], 60, "count")  # 累计达到60条
obs("空港旅客吞吐量", ["旅客吞吐量", "吞吐量"], 1830000, "person", change=200)  # 183万人次，是2010年的3倍
# 工业经济
obs("规模以上工业企业", ["规模以上工业企业", "工业企业", "企业"], 62, "household", industry="工业")  # 62户
obs("五年实施重点工业项目", ["重点工业项目", "工业项目"], 141, "count", period=FIVE, industry="工业")  # 141个
obs("五年累计完成工业固定资产投资", ["工业固定资产投资", "固定资产投资", "投资"], 1.96e10, "CNY", period=FIVE, industry="工业")  # 196亿元
obs("五年完成规模以上工业总产值", ["工业总产值", "总产值"], 7.45e10, "CNY", period=FIVE, industry="工业")  # 745亿元
# 农牧业
obs("“菜篮子”工程和生态奶源基地五年投资", ["菜篮子", "奶源基地", "投资"], 6.2e8, "CNY", period=FIVE, industry="农牧业")  # 6.2亿元
obs("蔬菜种植面积", ["种植面积", "蔬菜"], 15000, "mu", industry="农牧业")  # 达到1.5万亩
obs("现代化牧场规模", ["牧场"], 155000, "m2", industry="农牧业")  # 达到15.5万平方米
obs("完成街巷硬化", ["街巷硬化", "硬化"], 134.6, "km", period=FIVE)  # 134.6公里
obs("新建文化活动室", ["文化活动室", "活动室"], 17, "count", period=FIVE)  # 17所
obs("新建卫生室", ["卫生室"], 8, "count", period=FIVE)  # 8所
obs("铺设自来水管道", ["自来水管道", "自来水", "管道"], 85, "km", period=FIVE)  # 85公里
obs("解决安全饮水的村", ["安全饮水", "饮水"], 9, "count", period=FIVE)  # 9个村
obs("解决安全饮水的人口", ["安全饮水", "饮水"], 32000, "person", period=FIVE)  # 3.2万人
obs("农村人均住房面积", ["农村人均住房面积", "住房面积"], 46, "m2")  # 达到46平方米
obs("农村砖木结构房屋比例", ["砖木结构"], 99.5, "percent")  # 砖木结构房屋达到99.5%
obs("修建村村通道路（条）", ["村村通"], 23, "count", period=FIVE)  # 23条
obs("修建村村通道路（里程）", ["村村通"], 163, "km", period=FIVE)  # 163公里

# ---- 城市面貌发生巨变 ----
obs("东山组团通车主次干道", ["主次干道", "干道", "通车"], 9, "count")  # 组团内9条主次干道实现通车
obs("五年累计投入老旧城区基础设施建设", ["老旧城区", "基础设施", "投入"], 1.654e9, "CNY", period=FIVE)  # 16.54亿元
obs("新建、改造城市主干道路", ["主干道路", "干道", "道路"], 80, "count", period=FIVE)  # 80条
obs("新建、改造城市主干道路总里程", ["总里程", "主干道路", "里程"], 61.4, "km", period=FIVE)  # 61.4公里
obs("人均道路面积", ["人均道路面积", "道路面积"], 18.99, "m2", change=86)  # 18.99平方米，比2010年提高86%
obs("五年累计公路投资", ["公路", "投资"], 5.1e8, "CNY", period=FIVE)  # 五年累计投资5.1亿元
obs("建成公路", ["公路"], 31, "count", period=FIVE)  # 建成西出口等31条公路
obs("建成公路总里程", ["总里程", "公路", "里程"], 79.46, "km", period=FIVE)  # 79.46公里
obs("新建、改造供热供水燃气排污管网", ["管网"], 279.2, "km", period=FIVE)  # 279.2公里
obs("五年累计完成房屋征收", ["房屋征收", "征收"], 24600, "household", bound="approx", period=FIVE)  # 约2.46万户
obs("棚户区改造和房地产开发累计完成投资", ["棚户区改造", "房地产开发", "完成投资", "投资"], 4.8536e10, "CNY",
    period=FIVE, industry="房地产")  # 485.36亿元
obs("棚户区改造和房地产开发改造开发面积", ["改造开发面积", "开发面积"], 9737000, "m2", period=FIVE, industry="房地产")  # 973.7万平方米
obs("人均住房面积", ["人均住房面积", "住房面积"], 39.28, "m2", change=17)  # 39.28平方米，比2010年提高17%
obs("城区道路保洁总面积", ["保洁总面积", "保洁面积", "保洁"], 5550000, "m2", change=30)  # 555万平方米，是2010年的1.3倍
obs("绿化覆盖面积", ["绿化覆盖面积", "绿化覆盖"], 341.67, "ha")  # 341.67公顷
obs("人均公共绿地面积", ["人均公共绿地", "公共绿地", "绿地面积"], 19.19, "m2")  # 19.19平方米

# ---- 生态环境明显改善 ----
obs("森林覆盖率", ["森林覆盖率"], 25.2, "percent")  # 由2010年的21.6%提高到25.2%
obs("森林覆盖率（2010年）", ["森林覆盖率"], 21.6, "percent", period=2010, optional=True)
obs("主要工业企业二氧化硫排放量", ["二氧化硫"], change=-5.2, period=FIVE)  # 比2010年分别降低5.2%和11.5%
obs("主要工业企业化学需氧量排放量", ["化学需氧量"], change=-11.5, period=FIVE)
obs("关停单烧锅炉", ["单烧锅炉", "锅炉"], 133, "count", period=FIVE)  # 133座
obs("年度空气质量优良天数", ["优良天数", "空气质量"], 355, "day", bound="atLeast")  # 保持在355天以上

# ---- 改革开放不断深入 ----
obs("削减审批事项", ["审批事项"], 62, "count", period=FIVE)  # 62项
obs("审批事项精简比例", ["审批事项", "精简"], change=-30.5, period=FIVE)  # 精简30.5%
obs("减少区直部门", ["区直部门", "部门"], 5, "count", period=FIVE)  # 减少区直部门5个
obs("完成土地流转", ["土地流转", "流转"], 107000, "mu", period=FIVE)  # 10.7万亩
obs("中俄蒙经贸洽谈暨商品展销会连续举办届数", ["展销会", "举办"], 11, "count", optional=True)  # 连续举办十一届

# ---- 民生事业扎实推进 ----
obs("五年新增就业", ["新增就业", "就业"], 32500, "person", period=FIVE)  # 3.25万人
obs("五年再就业", ["再就业"], 15326, "person", period=FIVE)  # 15326人
obs("五年发放小额担保贷款", ["小额担保贷款", "担保贷款"], 9.705e7, "CNY", period=FIVE)  # 9705万元
obs("企业退休人员月人均养老金", ["养老金"], 2011, "CNY")  # 由2010年的1264元增加到2011元
obs("企业退休人员月人均养老金（2010年）", ["养老金"], 1264, "CNY", period=2010, optional=True)
obs("社区干部生活补贴和环卫工人工资标准", ["生活补贴", "工资标准", "补贴"], 2000, "CNY", change=100)  # 平均达到2000元，是2010年的2倍
obs("五年累计发放城乡低保金", ["低保金", "低保"], 9.823e7, "CNY", period=FIVE)  # 9823万元
obs("五年累计发放贫困大学生救助金", ["贫困大学生", "救助金"], 3.07e6, "CNY", period=FIVE)  # 307万元
obs("五年累计发放低收入高龄老人生活补助", ["高龄老人", "生活补助"], 6.23e6, "CNY", period=FIVE)  # 623万元
obs("五年累计发放城乡特困群体大病医疗救助金", ["大病医疗救助", "医疗救助", "救助金"], 4.76e6, "CNY", period=FIVE)  # 476万元
obs("五年建成廉租房", ["廉租房"], 198, "household", period=FIVE)  # 198户
obs("五年建成公租房", ["公租房"], 200, "household", period=FIVE)  # 200户
obs("累计发放住房租赁补贴", ["住房租赁补贴", "租赁补贴"], 4.96e6, "CNY", period=FIVE)  # 496万元
obs("管网改造投资", ["管网改造", "投资"], 3.06e8, "CNY", period=FIVE)  # 投资3.06亿元实施了供水、供热、污水、雨水等管网改造
obs("老旧小区既有建筑节能改造", ["节能改造", "既有建筑", "老旧小区"], 160000, "m2", period=FIVE)  # 16万平方米
obs("“一户一阀”改造", ["一户一阀"], 760000, "m2", period=FIVE)  # 76万平方米
obs("综合改造背街巷道", ["背街巷道", "巷道"], 101, "count", period=FIVE)  # 101条
obs("五年建成平价蔬菜超市和销售网点", ["平价蔬菜", "蔬菜超市", "销售网点"], 31, "count", period=FIVE)  # 31个
obs("五年发放蔬菜价格补贴", ["蔬菜价格补贴", "蔬菜补贴"], 2.51e6, "CNY", period=FIVE)  # 251万元
obs("五年发放农村冬季用煤补贴", ["用煤补贴", "冬季用煤"], 6.63e6, "CNY", period=FIVE)  # 663万元

# ---- 社会事业全面进步 ----
obs("公共服务累计投入", ["累计完成投入", "公共服务", "投入"], 3.34e9, "CNY", period=FIVE)  # 累计完成投入33.4亿元
obs("五年完成学校新建、改扩建工程", ["改扩建工程", "新建"], 80, "count", bound="moreThan", period=FIVE)  # 80余项
obs("中小学生人均校舍面积", ["校舍面积", "校舍"], 12.93, "m2", change_value=4.65)  # 12.93平方米，比2010年增加4.65平方米
obs("晋级标准化学校的学校", ["标准化学校"], 29, "count", period=FIVE)  # 五年共有29所学校晋级标准化学校
obs("标准化学校创建率", ["创建率"], 93.5, "percent")  # 创建率93.5%
obs("列入国家级科技计划的项目", ["科技计划"], 5, "count", period=FIVE)  # 5个项目
obs("获得科技进步奖的项目", ["科技进步奖", "科技成果"], 8, "count", period=FIVE)  # 8个项目
obs("列入全国重点文物保护单位的文化遗址", ["文化遗址", "遗址", "文物保护单位"], 3, "count", optional=True)  # 三处文化遗址
obs("公共文体服务设施", ["文体服务设施", "文体设施"], 74, "count")  # 达到74个

# ---- 民主法制纵深推进 ----
obs("“三公经费”", ["三公经费", "三公"], change=-65.6, period=FIVE)  # 较2010年下降65.6%
obs("清理腾退办公用房", ["办公用房"], 14000, "m2", period=FIVE)  # 1.4万平方米
obs("封停超标车", ["超标车", "车辆"], 52, "count", period=FIVE)  # 52辆
obs("五年办理人大代表建议", ["人大代表建议", "代表建议"], 405, "count", period=FIVE)  # 405件
obs("五年办理政协委员提案", ["政协委员提案", "政协提案", "提案"], 590, "count", period=FIVE)  # 590件
obs("人大代表建议和政协委员提案办复率", ["办复率"], 100, "percent", period=FIVE)  # 办复率均达100%
obs("政协委员提案办复率", ["办复率"], 100, "percent", period=FIVE, optional=True)  # the same 均 read per item

# ---- 2015年: headline ----
obs("地区生产总值", GDP, 2.879e10, "CNY", change=8.9)  # 287.9亿元,同比增长8.9%
obs("地方公共财政预算收入", REV + ["地方公共财政预算收入"], 1.507e9, "CNY", change=10.3)  # 15.07亿元,同比增长10.3%
obs("城镇常住居民人均可支配收入增长", URB, change=8.7)  # 城乡居民人均可支配收入分别增长8.7%和8.6%
obs("农村常住居民人均可支配收入增长", RUR, change=8.6)

# (一) 经济发展
obs("全年新增营业面积", ["营业面积"], 100000, "m2", industry="商贸")  # 10万平方米
obs("商贸新增就业", ["新增就业", "就业"], 3000, "person", industry="商贸")  # 新增就业3000人
obs("旅游接待人数", ["旅游接待人数", "接待人数", "旅游接待"], 6070000, "person", change=14.8, industry="旅游")  # 607万人次，增长14.8%
obs("旅游收入", ["旅游收入"], 6.9e9, "CNY", change=19.6, industry="旅游")  # 69亿元，增长19.6%
obs("规模以上工业总产值", ["工业总产值", "总产值"], 1.88e10, "CNY", change=12.9, industry="工业")  # 188亿元，增长12.9%
obs("规模以上工业增加值增速", ["工业增加值", "增加值"], change=9.7, industry="工业")  # 增速完成9.7%
obs("完成迁建的企业", ["迁建", "企业"], 5, "count", industry="工业")  # 5家企业完成迁建工作
obs("农作物总播种面积", ["播种面积"], 441000, "mu", industry="农牧业")  # 44.1万亩
obs("牧业年度牲畜头数", ["牲畜头数", "牲畜"], 164000, "head", industry="农牧业")  # 16.4万头（只）
obs("蔬菜产量", ["蔬菜产量", "蔬菜"], 102000, "t", industry="农牧业")  # 10.2万吨
obs("农民专业合作社", ["专业合作社", "合作社"], 133, "count", industry="农牧业")  # 发展到133家
obs("农牧业龙头企业", ["龙头企业"], 20, "count", industry="农牧业")  # 20家
obs("蔬菜基地配套建设投资", ["蔬菜基地", "完成投资", "投资"], 1.2e7, "CNY", industry="农牧业")  # 1200万元
obs("建成蔬菜大棚", ["大棚"], 300, "count", industry="农牧业")  # 300个
obs("建成仓储库", ["仓储库"], 20000, "m2", industry="农牧业")  # 2万平方米
obs("哈克镇生态奶源基地完成投资", ["奶源基地", "完成投资", "投资"], 3.34e7, "CNY", industry="农牧业")  # 3340万元
obs("建成现代化牧场", ["牧场"], 4, "count", industry="农牧业")  # 4个

# (二) 城市建设
obs("东山组团全年完成投资", ["东山组团", "完成投资", "投资"], 1.59e9, "CNY")  # 15.9亿元
obs("红星美凯龙城市商贸综合体项目总投资", ["红星美凯龙", "总投资", "商贸综合体"], 3e9, "CNY")  # 总投资30亿元
obs("红星美凯龙城市商贸综合体项目当年完成投资", ["红星美凯龙", "完成投资", "投资"], 6.1e8, "CNY")  # 6.1亿元
obs("红星美凯龙城市商贸综合体项目开工面积", ["开工"], 259000, "m2")  # 开工25.9万平方米
obs("森工集团棚户区改造异地安置工程总投资", ["异地安置", "棚户区改造", "总投资"], 1.88e9, "CNY")  # 总投资18.8亿元
obs("森工集团棚户区改造异地安置工程当年完成投资", ["异地安置", "完成投资", "投资"], 6.87e8, "CNY")  # 6.87亿元
obs("自治区冰上运动训练中心项目投资", ["冰上运动", "投资"], 3.4e8, "CNY")  # 投资3.4亿元
obs("老城区改造全年完成投资", ["老城区改造", "老城区", "完成投资", "投资"], 3.5e8, "CNY")  # 3.5亿元
obs("道路改扩建投资", ["道路", "改扩建", "投资"], 1.29e8, "CNY")  # 投资1.29亿元
obs("改扩建道路", ["道路", "改扩建"], 17, "count")  # 17条道路
obs("伊敏河沿河道路工程投资", ["沿河道路", "投资"], 4.5e7, "CNY")  # 4500万元
obs("伊敏河景观带改造工程投资", ["景观带", "投资"], 5.1e7, "CNY")  # 5100万元
obs("亮化照明工程投资", ["亮化", "投资"], 5.9e7, "CNY")  # 5900万元
obs("污泥焚烧厂投资", ["污泥焚烧", "投资"], 5.642e7, "CNY")  # 投资5642万元
obs("污泥焚烧厂日处理能力", ["污泥", "日处理"], 80, "t", optional=True)  # 日处理80吨
obs("污水处理厂一期改造工程投资", ["污水处理厂", "投资"], 5.99e6, "CNY")  # 599万元
obs("拆炉并网工程累计完成投资", ["拆炉并网", "完成投资", "投资"], 3.23e8, "CNY")  # 累计完成投资3.23亿元
obs("新接入集中供热面积", ["集中供热", "供热面积"], 1900000, "m2")  # 190万平方米
obs("拆炉并网受益户", ["受益户", "受益"], 25800, "household")  # 2.58万户
obs("拆炉并网受益市民", ["受益", "市民"], 80000, "person", bound="approx")  # 近8万市民
obs("绿化工程投资", ["绿化工程", "绿化", "投资"], 1.27e8, "CNY")  # 投资1.27亿元
obs("新增绿化面积", ["绿化面积", "绿化"], 663000, "m2")  # 66.3万平方米

# (三) 民生社会事业
obs("“十个全覆盖”工程投资", ["十个全覆盖", "投资"], 4.2e8, "CNY")  # 投资4.2亿元
obs("完成全覆盖建设任务的村屯", ["村屯", "全覆盖"], 11, "count")  # 11个村屯
obs("棚户区年度改造任务", ["棚户区改造", "改造任务", "棚户区"], 13672, "household")  # 13672户
obs("居住条件得到改善的居民", ["居民", "居住条件"], 40000, "person", bound="approx")  # 近4万居民
obs("棚户区改造完成投资", ["棚户区改造", "完成投资", "投资"], 5.52e9, "CNY")  # 55.2亿元
obs("黑羊站水厂改扩建工程投资", ["黑羊站", "水厂", "投资"], 1.15e8, "CNY")  # 1.15亿元
obs("老旧楼房维修改造投资", ["老旧楼房", "维修改造", "投资"], 1.884e7, "CNY")  # 1884万元
obs("维修改造老旧楼房", ["老旧楼房", "楼房"], 30, "count")  # 30栋
obs("水冲式公厕投资", ["公厕", "投资"], 6.5e6, "CNY")  # 650万元
obs("建成水冲式公厕", ["公厕"], 6, "count")  # 6座
obs("发放就业小额担保贷款", ["小额担保贷款", "担保贷款"], 1.6e7, "CNY")  # 1600万元
obs("新增就业", ["新增就业", "就业"], 5650, "person")  # 5650人
obs("再就业", ["再就业"], 2100, "person")  # 2100人
obs("城镇登记失业率", ["登记失业率", "失业率"], 3.9, "percent")  # 控制到3.9%
obs("新农合参合率", ["参合率", "新农合"], 99.42, "percent", industry="医疗")  # 99.42%
obs("新农合年度补偿资金", ["补偿资金"], 7999500, "CNY", industry="医疗")  # 799.95万元
obs("环卫工人和社区干部生活补贴人均月增", ["生活补贴", "补贴"], 200, "CNY")  # 人均月增200元 (change without level)
obs("标准化学校创建投资", ["标准化学校", "投资"], 2.756e7, "CNY")  # 投资2756万元
obs("完成创建的标准化学校", ["标准化学校"], 9, "count")  # 9所
obs("建成学校运动场", ["运动场"], 4, "count")  # 4所学校运动场
obs("建成风雨场馆", ["风雨场馆", "场馆"], 2, "count")  # 2座
obs("维修改造学校幼儿园", ["学校幼儿园", "维修改造", "幼儿园"], 7, "count")  # 7所

# (四) 政府自身建设
obs("办理人大代表建议", ["人大代表建议", "代表建议"], 68, "count")  # 68件
obs("办理政协委员提案", ["政协委员提案", "政协提案", "提案"], 118, "count")  # 118件
obs("建议提案办结率", ["办结率"], 100, "percent")  # 办结率100%
obs("群众来信来访人次", ["来信来访", "信访"], change=-8.6)  # 下降8.6%

# ==== 三、2016年工作安排: main targets ====
target("地区生产总值", GDP, 3.09e10, "CNY", change=7.5)  # 增长7.5%，达到309亿元
target("公共财政预算收入", REV, 1.58e9, "CNY", change=5)  # 增长5%，达到15.8亿元
target("区本级固定资产投资", ["固定资产投资"], change=13)  # 增长13%
target("社会消费品零售总额", RETAIL, change=9, industry="商贸")  # 增长9%
target("城镇常住居民人均可支配收入", URB, change=8)  # 均增长8%
target("农村常住居民人均可支配收入", RUR, change=8)

# (一) 投资和项目
target("重点项目", ["重点项目", "项目"], 66, "count")  # 今年66个重点项目
target("重点项目投资计划", ["投资计划", "重点项目", "投资"], 5.4e9, "CNY")  # 54亿元的投资计划
target("重点调度项目", ["重点调度项目", "项目"], 66, "count", optional=True)  # 重点调度项目有66个 (repeats the 66)
# (二) 产业结构
target("旅游接待人数", ["旅游接待人数", "接待人数", "旅游接待"], 7e6, "person", industry="旅游")  # 预计全年700万人次
target("旅游收入", ["旅游收入"], 8.3e9, "CNY", industry="旅游")  # 83亿元
target("海拉尔食品产业园入驻企业", ["入驻", "企业"], 5, "count", bound="atLeast")  # 年内实现5家以上企业入驻
target("建设仓储库", ["仓储库"], 20000, "m2", industry="农牧业")  # 年内完成2万平方米仓储库
target("建设大棚", ["大棚"], 400, "mu", industry="农牧业")  # 400亩大棚
target("建设现代牧场", ["牧场"], 7, "count", industry="农牧业")  # 孙家屯、哈克村等7个现代牧场
# (三) 城市建设
target("城市建设全年计划投资", ["计划投资", "投资"], 1.5e9, "CNY")  # 全年计划投资15亿元
target("主城区道路建设改造", ["道路"], 12, "count")  # 呼伦大街、建华路、石油专用线等12条道路
target("棚户区改造配套道路", ["配套道路", "道路"], 20, "count")  # 棚户区改造20条配套道路
target("新区绿化任务", ["绿化"], 169000, "m2")  # 年内完成16.9万平方米的绿化任务
target("红星美凯龙主力店运营面积", ["主力店", "红星美凯龙"], 57000, "m2")  # 红星美凯龙5.7万平方米主力店正式运营
target("建材城完工面积", ["建材城"], 230000, "m2")  # 23万平方米的建材城完工
target("棚户区改造任务", ["棚户区改造", "改造任务", "棚户区"], 8008, "household")  # 全力完成今年8008户改造任务
target("危旧房屋新建、维修、拆除", ["危旧房屋", "危旧房"], 1074, "household")  # 1074户危旧房屋
target("新村二期工程", ["新村"], 2, "count", optional=True)  # 友联、友好两个新村
target("启动棚户区改造的村", ["启动棚户区改造", "棚户区改造"], 4, "count", optional=True)  # 金星村等四个村
# (四) 绿色发展
target("退耕还林工程补植、管护", ["退耕还林"], 30000, "mu")  # 3万亩
target("重点区域绿化", ["重点区域绿化", "绿化"], 3000, "mu")  # 3000亩
# (六) 民生
target("农村贫困人口稳定脱贫（户）", ["贫困人口", "脱贫"], 96, "household", period=2017)  # 到2017年底前96户
target("农村贫困人口稳定脱贫（人）", ["贫困人口", "脱贫"], 183, "person", period=2017)  # 183人
obs("城乡低保边缘人口", ["低保边缘"], 2600, "person")  # 处于城乡低保边缘2600人 (the present number)
target("黑羊站水厂改扩建日处理能力", ["水厂", "日处理", "黑羊站"], 30000, "t", optional=True)  # 完成日处理3万吨水厂改扩建
target("建成公厕", ["公厕"], 20, "count")  # 年内建成20座公厕
target("新增就业", ["新增就业", "就业"], 5300, "person")  # 5300人
target("再就业", ["再就业"], 1500, "person")  # 1500人
# (七) 社会治理
target("建成平安小区", ["平安小区"], 136, "count")  # 136个
target("综合服务管理平台覆盖率", ["覆盖率", "综合服务管理平台"], 100, "percent")  # 达100%

E = []
def ent(t, label, *aliases, part_of=None, optional=False):
    e = {"type": t, "label": label}
    if aliases: e["aliases"] = list(aliases)
    if part_of: e["part_of"] = part_of
    if optional: e["optional"] = True
    E.append(e)

# ---- regions ----
ent("County", "海拉尔", "海拉尔区", "全区", "我区", part_of="呼伦贝尔")
ent("City", "呼伦贝尔", "呼伦贝尔市", "全市", part_of="内蒙古")  # 呼伦贝尔市部署, 呼伦贝尔经济技术开发区
ent("Province", "内蒙古", "内蒙古自治区", "自治区")  # 依托内蒙古举办2020年全国冬运会
ent("Township", "奋斗镇", "奋斗", part_of="海拉尔")
ent("Township", "哈克镇", "哈克", part_of="海拉尔")
ent("Township", "建设办", "建设街道办事处", "建设街道", "建设办事处", part_of="海拉尔")  # 奋斗镇、建设办“菜篮子”工程
ent("Village", "孙家屯", part_of="哈克镇")  # 哈克镇…孙家屯、哈克村等7个现代牧场
ent("Village", "哈克村", part_of="哈克镇")
ent("Village", "友联村", "友联", part_of="海拉尔")  # 友联、友好两个新村
ent("Village", "友好村", "友好", part_of="海拉尔")
ent("Village", "金星村", part_of="建设办")  # 建设街道办事处金星村
ent("Village", "爱民社区", part_of="海拉尔")
ent("Village", "松山社区", part_of="海拉尔")
ent("Village", "靠山社区", part_of="海拉尔", optional=True)  # only inside 靠山、胜利社区卫生服务中心
ent("Village", "胜利社区", part_of="海拉尔", optional=True)
ent("Village", "胜利村", part_of="海拉尔", optional=True)  # only in 胜利村段景观工程
ent("City", "乌兰巴托", "乌兰巴托市")  # 海拉尔至乌兰巴托航线; 蒙古国乌兰巴托市松根海尔汗区
ent("County", "松根海尔汗区", "松根海尔汗", part_of="乌兰巴托")  # 国际友城
ent("City", "赤塔")
ent("City", "乔巴山")
ent("Place", "台湾")
ent("Place", "香港")
ent("Place", "蒙古国", "蒙古", optional=True)
ent("Place", "韩国", optional=True)
ent("Place", "东北", "东北地区", optional=True)
ent("Place", "环渤海", optional=True)
ent("Place", "长三角", optional=True)
ent("Place", "珠三角", optional=True)
ent("Place", "俄蒙毗邻地区", optional=True)
ent("Place", "大兴安岭", optional=True)  # only in 大兴安岭森工集团

# ---- zones, parks, markets, estates ----
ent("Place", "东山组团", part_of="海拉尔")
ent("Place", "中俄蒙国际物流园区", "物流园区", "中俄蒙国际物流园", part_of="海拉尔")
ent("Place", "中俄蒙国际汽车产业园", part_of="海拉尔")
ent("Place", "中俄蒙文化创意产业园", part_of="海拉尔")
ent("Place", "中网科技云计算基地", "中网科技云计算", part_of="海拉尔")
ent("Place", "呼伦贝尔经济技术开发区", "经济技术开发区", part_of="呼伦贝尔")
ent("Place", "海拉尔食品产业园", "呼伦贝尔经济技术开发区海拉尔食品产业园", part_of="海拉尔")
ent("Place", "中俄蒙合作先导区", "中俄蒙合作先导区核心区")
ent("Place", "哈克镇生态奶源基地", "生态奶源基地", "哈克生态奶源基地", part_of="哈克镇")
ent("Place", "龙凤新天地", part_of="海拉尔")
ent("Place", "炎黄世纪国贸家居博览中心", part_of="海拉尔")
ent("Place", "伊仕丹购物广场", "伊仕丹", part_of="海拉尔")
ent("Place", "万家惠农贸市场", "万家惠农贸批发市场", "万家惠", part_of="海拉尔")
ent("Place", "发达广场", part_of="海拉尔")
ent("Place", "三角地时代广场", "时代广场", "三角地时代广场商业综合体", part_of="海拉尔")
ent("Place", "临沂商城", part_of="海拉尔")
ent("Place", "国际皮草城", part_of="海拉尔")
ent("Place", "地下冰雕公园", part_of="海拉尔")
ent("Place", "六二六建材专业市场", "626建材专业市场", part_of="海拉尔")
ent("Place", "东海写字楼", part_of="海拉尔")
ent("Place", "远山红郡住宅小区", "远山红郡", part_of="海拉尔")
ent("Place", "水岸花园", part_of="海拉尔")
ent("Place", "远津风景", part_of="海拉尔")
ent("Place", "建新丽景", part_of="海拉尔")
ent("Place", "自治区冰上运动训练中心", "自治区冰上运动中心", "冰上运动训练中心", part_of="海拉尔")
ent("Place", "海拉尔公路客运总站", "客运总站", part_of="海拉尔")
ent("Place", "黑羊站水厂", part_of="海拉尔")
ent("Place", "首旅京伦", optional=True)  # hotels: a building or a company
ent("Place", "凯景嘉华", optional=True)
ent("Place", "百府悦", optional=True)
ent("Place", "彼得国际酒店", optional=True)
ent("Place", "海拉尔航空口岸", "国际航空口岸", "航空口岸", optional=True)
ent("Place", "金三角", "国际合作区域金三角", optional=True)
ent("Place", "小微企业创业园", optional=True)
ent("Place", "电商快递园", optional=True)
ent("Place", "生活性物流园区", optional=True)
ent("Place", "二手车交易市场", optional=True)
ent("Place", "农机市场", optional=True)
ent("Place", "海关保税仓库", optional=True)
ent("Place", "铁路专用线", optional=True)
ent("Place", "建材城", optional=True)
ent("Place", "污水处理厂", optional=True)
ent("Place", "污泥焚烧厂", optional=True)
ent("Place", "第二水源地", optional=True)
ent("Place", "伊敏河景观带", optional=True)
ent("Place", "落地签证服务中心", optional=True)
ent("Place", "工业园区", optional=True)
# ---- rivers, wetlands, scenic areas, heritage ----
ent("Place", "海拉尔河", "海拉尔河流域", part_of="海拉尔")
ent("Place", "伊敏河", part_of="海拉尔")
ent("Place", "626小河", part_of="海拉尔")
ent("Place", "西山湿地", part_of="海拉尔")
ent("Place", "西山自然保护区", part_of="海拉尔")
ent("Place", "黑羊站水源地", "黑羊站", part_of="海拉尔")
ent("Place", "两河圣山旅游景区", "两河圣山景区", "两河圣山旅游文化景区", "两河圣山", part_of="海拉尔")
ent("Place", "世界反法西斯战争海拉尔纪念园", "海拉尔纪念园", "世界反法西斯战争海拉尔纪念园红色旅游景区", part_of="海拉尔")
ent("Place", "哈克遗址公园", "哈克遗址", part_of="海拉尔")
ent("Place", "团结遗址", part_of="海拉尔", optional=True)  # 哈克、团结、谢尔塔拉等三处文化遗址
ent("Place", "谢尔塔拉", "谢尔塔拉遗址", "谢尔塔拉墓地", part_of="海拉尔", optional=True)
# ---- streets, roads, bridges ----
ent("Place", "胜利大街", part_of="海拉尔")
ent("Place", "哈萨尔大街", part_of="海拉尔")
ent("Place", "伊敏河沿河路", "伊敏河沿河道路", part_of="海拉尔")
ent("Place", "西出口", "西出口公路", part_of="海拉尔")
ent("Place", "呼伦大街", part_of="海拉尔")
ent("Place", "建华路", part_of="海拉尔")
ent("Place", "石油专用线", part_of="海拉尔")
ent("Place", "阿里河路", part_of="海拉尔")
ent("Place", "扎兰屯路", part_of="海拉尔")
ent("Place", "新北出口路", "新北出口", part_of="海拉尔")
ent("Place", "呼达罕桥", part_of="海拉尔")
ent("Place", "红星桥", part_of="海拉尔")
ent("Place", "东外环", "东外环公路", "公路东外环", optional=True)  # 公路东、西外环
ent("Place", "西外环", "西外环公路", "公路西外环", optional=True)

# ---- people ----
ent("Person", "杜联合")  # 海拉尔区人民政府区长
# ---- government and party bodies ----
ent("Organization", "海拉尔区人民政府", "区政府", "海拉尔区政府")
ent("Organization", "海拉尔区人民代表大会", "区人大", "人大", "海拉尔区第十四届人民代表大会")
ent("Organization", "海拉尔区政协", "区政协", "政协")
ent("Organization", "中共海拉尔区委", "区委", "海拉尔区委")
ent("Organization", "中共呼伦贝尔市委", "市委", "呼伦贝尔市委")
ent("Organization", "呼伦贝尔市人民政府", "市政府", "呼伦贝尔市政府")
ent("Organization", "内蒙古自治区党委", "自治区党委")
ent("Organization", "国务院")
ent("Organization", "教育部")
ent("Organization", "蒙古国驻呼伦贝尔领事馆", "蒙古国领事馆")
for lab in ["中央", "关工委", "科协", "红十字", "工会", "共青团", "工商联", "民主党派", "政务服务中心", "新三板",
            "农村敬老院", "综合老年养护院"]:
    ent("Organization", lab, optional=True)
# ---- companies ----
ent("Organization", "友谊公司", "友谊")
ent("Organization", "大商集团", "大商")
ent("Organization", "大唐", "大唐集团")  # 大唐700万吨露天矿, 大唐2×66万千瓦发电
ent("Organization", "华能新能源", "华能")
ent("Organization", "华润", "华润集团")
ent("Organization", "亘富")  # 亘富200万吨褐煤提质项目
ent("Organization", "华德牧业机械", "华德")
ent("Organization", "强力水泥")
ent("Organization", "鼎盛锅炉", "鼎盛")
ent("Organization", "大兴安岭森工集团", "森工集团")
ent("Organization", "红星美凯龙", "红星美凯龙主力店", "红星美凯龙城市商贸综合体")
ent("Organization", "蒙西水泥有限公司", "蒙西水泥")
ent("Organization", "晨鸣纸业", "晨鸣")
ent("Organization", "华润雪花", "华润雪花啤酒厂", "雪花", "华润雪花啤酒", "雪花啤酒")
ent("Organization", "三元乳业", "三元")
ent("Organization", "蒙拓机械")
ent("Organization", "古纳河酒业")
ent("Organization", "贝伦公司", "贝伦")
ent("Organization", "中网科技")
ent("Organization", "东海拉尔发电厂", "东海拉尔电厂")
# ---- schools and health ----
ent("Organization", "学府路中学")
ent("Organization", "呼伦小学")
ent("Organization", "第二幼儿园")
ent("Organization", "第一职业学校")
ent("Organization", "胜利街小学")
ent("Organization", "三中分校", "第三中学分校")
ent("Organization", "桃李中学")
ent("Organization", "第五中学")
ent("Organization", "七中西校", "第七中学西校")
ent("Organization", "南开路中学")
ent("Organization", "区医院", "区人民医院", "海拉尔区人民医院")
ent("Organization", "胜利社区卫生服务中心")
ent("Organization", "靠山社区卫生服务中心", optional=True)  # written 靠山、胜利社区卫生服务中心
ent("Organization", "区医院120急救中心", "120急救中心", optional=True)

# ---- events ----
ent("Event", "海拉尔区第十四届人民代表大会第五次会议", "第十四届人民代表大会第五次会议")
ent("Event", "区人大十四届四次会议", "海拉尔区第十四届人民代表大会第四次会议")
ent("Event", "党的十八大", "十八大")
ent("Event", "十八届三中全会", "党的十八届三中全会", "十八届三中、四中、五中全会", "党的十八届三中、四中、五中全会")
ent("Event", "十八届四中全会", optional=True)  # written 十八届三中、四中、五中全会
ent("Event", "十八届五中全会", optional=True)
ent("Event", "中央经济工作会议", "中央经济工作、城市工作会议")
ent("Event", "中央城市工作会议", "城市工作会议", optional=True)
ent("Event", "自治区党委九届十四次全委会", "九届十四次全委会")
ent("Event", "市委三届七次全委会", "市委三届七次全委会会议", "三届七次全委会")
ent("Event", "区委十四届九次全委会", "十四届九次全委会")
ent("Event", "海拉尔（冰雪）全国汽车场地越野锦标赛", "全国汽车场地越野锦标赛", "海拉尔冰雪全国汽车场地越野锦标赛")
ent("Event", "国际雪雕大赛")
ent("Event", "中俄蒙国际冬泳邀请赛")
ent("Event", "冰雪嘉年华")
ent("Event", "中俄蒙经贸洽谈暨商品展销会", "第十二届中国·海拉尔中俄蒙经贸洽谈暨商品展销会",
    "中国·海拉尔中俄蒙经贸洽谈暨商品展销会")
ent("Event", "全国冬运会", "2020年全国冬运会")
ent("Event", "物业管理服务年活动", "物业管理服务年", optional=True)
ent("Event", "立体化社会治安防控体系建设推进年活动", optional=True)
ent("Event", "城市违法建设治理活动", optional=True)

# ---- programmes, policies, strategies ----
for lab, *al in [
    ("8337发展思路", "“8337”发展思路", "“8337”"), ("两个中心", "“两个中心”建设", "“两个中心”"),
    ("十二五规划", "“十二五”", "十二五", "“十二五”时期"),
    ("十三五规划", "“十三五”规划", "“十三五”", "十三五", "海拉尔区国民经济和社会发展第十三个五年规划纲要",
     "《海拉尔区国民经济和社会发展第十三个五年规划纲要（草案）》"),
    ("菜篮子工程", "“菜篮子”工程", "菜篮子"), ("十个全覆盖", "“十个全覆盖”工程", "十个全覆盖工程", "农村牧区“十个全覆盖”工程"),
    ("退二进三", "“退二进三”"), ("退城入园", "“退城入园”", "退城进园"), ("三北防护林", "三北防护林工程"),
    ("退耕还林", "退耕还林还草", "退耕还林工程"), ("拆炉并网工程", "拆炉并网"), ("向北开放", "自治区向北开放战略", "向北开放战略"),
    ("一带一路", "“一带一路”", "国家“一带一路”战略", "“一带一路”战略"), ("中俄蒙经济走廊", "中俄蒙经济走廊建设"),
    ("一户一阀", "“一户一阀”改造", "“一户一阀”"),
    ("慢性非传染性疾病综合防控示范区", "国家级“慢性非传染性疾病综合防控示范区”"),
    ("中央八项规定", "八项规定", "中央八项规定精神"), ("自治区28条配套规定", "28条配套规定"),
    ("党的群众路线教育实践活动", "群众路线教育实践活动"), ("三严三实", "“三严三实”专题教育", "“三严三实”"),
    ("平安海拉尔", "平安海拉尔建设"), ("供给侧结构性改革",), ("互联网+", "“互联网+”"), ("海绵城市", "海绵城市建设"),
    ("智慧城市", "智慧城市建设"), ("棚户区改造", "棚户区改造工程", "棚改"), ("精准扶贫", "精准扶贫、精准脱贫", "精准脱贫"),
    ("三到村三到户", "“三到村三到户”工程"), ("全民参保计划",), ("第二期学前教育三年行动计划", "学前教育三年行动计划"),
    ("全面两孩", "全面放开两孩政策", "两孩政策"), ("视联网", "“视联网”建设", "“视联网”"), ("七五普法", "“七五”普法"),
    ("新农合", "新型农村合作医疗"), ("新型城镇化",)]:
    ent("Program", lab, *al)
for lab in ["十一五", "城乡统筹", "市区共建", "城乡一体化", "行政审批制度改革", "财税体制改革", "混合所有制经济",
            "国有企业改革", "约法三章", "三公经费", "PPP", "社会信用体系", "地下综合管廊", "五大发展理念",
            "“美丽发展、科学崛起、共享繁荣”", "三个先行", "两个并重", "一个统筹", "“做优一产、做大二产、做强三产、做美城市、做实民生”",
            "区域经济中心、区域中心城市", "信访积案化解专项行动", "五马六乱", "权力清单", "责任清单", "基本药物制度", "零差率",
            "分级诊疗", "就业优先战略", "小额担保贷款", "城乡居民养老保险", "最低生活保障", "农村五保供养", "大病保险",
            "法治政府", "依法治区", "党风廉政建设责任制", "安全生产责任制", "包案责任制", "生态保护红线", "主体功能区规划",
            "生态环境责任终身追究制度", "国家园林城市", "自治区园林城市", "自治区双拥模范城", "双拥", "三山",
            "机关公务用车改革", "政府购买公共服务", "教育综合改革", "养老保险制度改革", "足球改革发展", "基层卫生机构综合绩效改革",
            "医药卫生体制改革", "金融扶贫", "社会扶贫", "安居工程", "全面建成小康社会", "国家中等职业教育改革发展示范学校",
            "全国体育示范校", "示范社区卫生服务中心", "阳光统计", "全国人口和计划生育基层群众自治示范村居",
            "全国家庭教育工作示范社区", "国家义务教育发展基本均衡县", "国家级妇幼健康优质服务示范区", "村收镇运区处理",
            "让利与民、阳光征收、做好群众工作", "黑土地综合治理", "矿山生态修复", "节能减排", "伊敏河景观改造工程",
            "村庄卫生环境整治工程", "新农村示范村", "农村危房改造", "落地签证", "国家级科技计划", "科技进步奖", "实在实干实绩",
            "民生实事", "政务公开", "稳中求进", "国家4A级旅游景区", "农业转移人口市民化", "中水回用工程", "城乡结合部环境卫生清理行动"]:
    ent("Program", lab, optional=True)

# ---- industries ----
for lab, *al in [("现代服务业", "服务业"), ("旅游", "旅游业", "旅游产业", "旅游文化产业", "冬季旅游"),
                 ("工业", "工业经济"), ("煤化工",), ("清洁能源",), ("能源",), ("建材",), ("食品",), ("制药",),
                 ("装备制造",), ("农牧业", "现代农牧业", "城郊型现代农牧业"), ("商贸", "商贸业", "传统商贸业"),
                 ("物流", "现代物流", "物流产业"), ("电子商务",), ("绿色农畜产品加工", "绿色农畜产品加工业", "农畜产品加工"),
                 ("养老服务", "养老服务产业"), ("房地产", "房地产开发", "房地产市场")]:
    ent("Industry", lab, *al)
for lab in ["新兴产业", "主导产业", "高端产业", "新型工业", "传统产业", "传统工业", "新兴工业", "教育文体", "养老健康",
            "生产型服务业", "生活型服务业", "劳动密集型产业", "金融", "跨境旅游", "红色旅游", "冰雪文化", "蔬菜",
            "奶牛养殖", "小微企业", "文化", "体育", "教育", "医疗", "民族教育", "职业教育", "专业市场", "农业", "褐煤",
            "露天矿", "啤酒", "热电", "发电", "社会服务产业", "一产", "二产", "三产"]:
    ent("Industry", lab, optional=True)

NEG = ["2016年2月19日", "第十四届", "第五次会议", "十八大", "十八届三中、四中、五中全会", "8337", "两个中心",
       "十二五", "十一五", "十三五", "第十三个五年", "大唐700万吨", "700万吨", "亘富200万吨", "200万吨", "日产500吨",
       "十四届四次会议", "一户一阀", "28条", "三严三实", "约法三章", "三公经费", "九届十四次", "三届七次", "十四届九次",
       "五大发展理念", "八个方面", "六二六", "626", "4A级", "2020年全国冬运会", "2×66万千瓦", "2×35万千瓦", "三个先行",
       "两个并重", "一个统筹", "三项原则", "三项建设", "十个全覆盖", "三北", "三山", "三到村三到户", "20年以上",
       "第五中学", "七中", "第二期", "三年行动计划", "两孩", "七五", "第十二届", "120急救中心", "第一职业学校",
       "第二幼儿园", "三中分校", "一期", "二期", "三级医疗服务体系", "五马六乱", "一产", "二产", "三产"]
gold = {"document": "data/corpus/local/hailar-2016.txt", "period": 2015, "area": AREA,
        "entities": E, "observations": O,
        "not_values": {"note": "numbers inside names, dates, ordinals, sessions, capacities in project names and slogans: "
                               "none may become an observation's value",
                       "strings": NEG, "values": [2010, 2015, 2016, 2017, 2020, 19, 18, 8337, 626, 2000000, 660000, 350000, 500, 28, 120]}}
json.dump(gold, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hailar-2016.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(O), "observations,", sum(1 for o in O if not o.get("optional")), "required,",
      sum(1 for o in O if o.get("status") == "target" and not o.get("optional")), "required targets;",
      len(E), "entities,", sum(1 for e in E if not e.get("optional")), "required")
