# Builds hailar-2014.json: the hand annotation of data/corpus/local/hailar-2014.txt
# (呼伦贝尔市海拉尔区政府工作报告, delivered 19 February 2014 by 区长 杜联合: reviews 2013, sets 2014 goals).
# Conventions follow eval/gold-shanxi-2024.py and tests/gold/build_national_2019.py:
#   area    海拉尔 (the district) for every figure: the report gives none of the city or the autonomous region;
#   period  only where it differs from the document period (2013): the 2014 goals and the 力争/年内/确保 figures
#           of part 二 get 2014; the report has no multi-year span (累计 of one park is left at the document period);
#   status  "target" for planned figures of 2014 (预期目标, 今年, 年内, 力争, 确保);
#   bound   突破 → moreThan, 以上 → atLeast, 以内 → atMost;
#   units   人次 → person, 栋/套/台/条/个/家 (buildings, flats, vehicles, lines, stores, firms) → count,
#           户 → household, 平方米 → m2, 万吨 → t;
#   a change written without its level (人均增长2400元) is annotated as a positive value;
#   全部位列全市第一 (six indicators, one phrase) is one required rank plus optional ranks per indicator;
#   capacities inside project names (大唐700万吨露天矿, 亘富200万吨褐煤提质, 东电2×35万千瓦) are names, not figures;
#   a Chinese-numeral count written as a descriptor (两个地下商城, 两个市民广场, 六项指标, 第六次荣获) is optional.
# Annotated from the text alone, sentence by sentence.
from goldkit import Gold

AREA = "海拉尔|海拉尔区"
GOLD = Gold(AREA, target_year=2014)
obs, target, ent = GOLD.obs, GOLD.target, GOLD.ent
O, E = GOLD.observations, GOLD.entities

# ---- 一、2013年工作回顾: headline figures ----
obs("地区生产总值", ["地区生产总值", "GDP", "生产总值"], 2.537e10, "CNY", change=10.1)  # 253.7亿元，同比增长10.1%
obs("地方财政总收入", ["地方财政总收入", "财政总收入", "财政收入"], 2.485e9, "CNY", change=20.3)  # 24.85亿元，增长20.3%
obs("区本级全社会固定资产投资额", ["固定资产投资"], 9.07e9, "CNY", change=24.7)  # 90.7亿元，增长24.7%
SIX = ["地区生产总值", "地方财政总收入", "全社会固定资产投资", "社会消费品零售总额", "城镇居民人均可支配收入", "农民人均纯收入"]
obs("六项主要经济指标全市排名", ["主要经济指标", "经济指标", "全市第一", "全市排名", "排名", "位列"] + SIX, rank=1)  # 全部位列全市第一
for k in SIX:  # the same rank read per indicator
    obs(k + "全市排名", [k], rank=1, optional=True)
obs("主要经济指标（项数）", ["主要经济指标", "经济指标", "六项"], 6, "count", optional=True)  # 六项
obs("融入资金", ["融入资金", "融资"], 1.45e9, "CNY")  # 全年融入资金14.5亿元
obs("争取上级资金", ["上级资金", "争取"], 1.2e8, "CNY")  # 争取上级资金1.2亿元
obs("荣获全国科技进步考核先进县(区)次数", ["科技进步", "先进县", "荣获"], 6, "count", optional=True)  # 第六次荣获
obs("自治区文明城市测评排名", ["文明城市", "测评", "第一名"], rank=1)  # 2013年自治区文明城市测评第一名

# (一) economy
obs("社会消费品零售总额", ["社会消费品零售总额", "零售总额", "消费品零售"], 1.106e10, "CNY", change=13, industry="商贸")
obs("中俄蒙国际物流园区完成投资", ["物流园区", "完成投资", "投资"], 1.7e8, "CNY", industry="物流")  # 全年完成投资1.7亿元
obs("中俄蒙国际汽车产业园累计完成投资", ["汽车产业园", "完成投资", "投资"], 1.5e8, "CNY")  # 累计完成投资1.5亿元
obs("新建成4S店", ["4S店", "4S"], 4, "count")  # 新建成的4个4S店正式运营
obs("投入使用的地下商城", ["地下商城"], 2, "count", optional=True)  # 华汇、地壹街两个地下商城
obs("新增商业营业面积", ["商业营业面积", "营业面积"], 150000, "m2", industry="商贸")  # 15万平方米
obs("旅游接待人数", ["旅游接待人数", "接待人数", "旅游接待"], 4380000, "person", industry="旅游")  # 438万人次
obs("旅游收入", ["旅游收入"], 4.72e9, "CNY", industry="旅游")  # 47.2亿元
obs("开通国际国内航线", ["航线"], 44, "count")  # 44条
obs("旅客吞吐量", ["旅客吞吐量", "吞吐量"], 1287000, "person")  # 128.7万人次
obs("实施重点工业项目", ["重点工业项目", "工业项目"], 28, "count", industry="工业")  # 28个
obs("重点工业项目完成投资", ["完成投资", "工业项目", "投资"], 3.39e9, "CNY", industry="工业")  # 33.9亿元
obs("规模以上工业总产值", ["工业总产值", "总产值"], 2.072e10, "CNY", change=56.6, industry="工业")  # 207.2亿元，增长56.6%
obs("规模以上工业增加值增速", ["工业增加值", "增加值"], change=16.1, industry="工业")  # 增速达到16.1%
obs("“菜篮子”工程一期完成投资", ["菜篮子", "完成投资", "投资"], 2.4e8, "CNY", industry="农牧业")  # 2.4亿元
obs("建成大棚", ["大棚"], 2350, "mu", industry="农牧业")  # 2350亩
obs("建成温室", ["温室"], 500, "count", industry="农牧业")  # 500栋
obs("建成仓储库", ["仓储库"], 35000, "m2", industry="农牧业")  # 3.5万平方米
obs("地产蔬菜产量", ["蔬菜产量", "地产蔬菜", "蔬菜"], 92000, "t", industry="农牧业")  # 9.2万吨
obs("新建现代化牧场", ["牧场"], 28000, "m2", industry="农牧业")  # 2.8万平方米
obs("完成安全饮水工程的村", ["安全饮水", "饮水", "村"], 4, "count")  # 4个村的安全饮水工程顺利完工
obs("新增节水灌溉面积", ["节水灌溉", "灌溉"], 12000, "mu", industry="农牧业")  # 1.2万亩
obs("新建农村道路", ["农村道路"], 24, "km")  # 24公里

# (二) urban construction
obs("东山组团完工主干道路", ["主干道路", "主干道", "道路"], 3, "count")  # 3条主干道路完工
obs("东山组团开工次干道路", ["次干道路", "次干道", "道路"], 9, "count")  # 9条次干道路开工建设
obs("东山组团次干道路通车", ["通车", "次干道路", "道路"], 4, "count")  # 其中4条实现通车
obs("雨水管网改造", ["雨水管网", "管网改造"], 12, "km")  # 12公里
obs("投入使用的市民广场", ["市民广场", "广场"], 2, "count", optional=True)  # 哈萨尔、东升路两个市民广场
obs("沿街楼体亮化改造", ["亮化", "楼体"], 67, "count")  # 67栋
obs("房屋征收", ["房屋征收", "征收"], 162000, "m2")  # 16.2万平方米
obs("棚户区改造面积", ["棚户区改造", "棚户区"], 195000, "m2")  # 19.5万平方米
obs("双良集团集中供热项目完成投资", ["集中供热", "供热", "完成投资", "投资"], 8.3e8, "CNY")  # 8.3亿元
obs("铺设供热主管网", ["主管网", "管网"], 31.6, "km")  # 31.6公里
obs("机场快速路投资", ["机场快速路", "投资"], 3.3e8, "CNY")  # 投资3.3亿元的机场快速路
obs("西出口道路工程投资", ["西出口", "投资"], 1.4e8, "CNY")  # 投资1.4亿元
obs("客运总站投资", ["客运总站", "投资"], 1.3e8, "CNY")  # 投资1.3亿元
obs("全区卫生保洁面积", ["卫生保洁", "保洁面积"], 5550000, "m2")  # 555万平方米

# (三) livelihood
obs("用于民生的财政支出", ["民生", "财政支出"], 9.7e8, "CNY")  # 9.7亿元
obs("民生支出占全年支出比重", ["占全年支出", "民生", "比重", "占比"], 50.2, "percent")  # 50.2%
obs("城镇居民人均可支配收入", ["城镇居民人均可支配收入", "可支配收入", "城镇居民"], 25852, "CNY", change=11.1)
obs("农民人均纯收入", ["农民人均纯收入", "人均纯收入", "纯收入", "农民"], 19080, "CNY", change=14.1)
obs("社区工作人员和环卫一线人员生活补贴人均增长", ["生活补贴", "补贴"], 2400, "CNY")  # 全年人均增长2400元 (change without level)
obs("领取高龄补贴的低收入老年人", ["老年人", "高龄补贴", "高龄"], 1467, "person")  # 1467位80岁以上低收入老年人
obs("高龄补贴", ["高龄补贴"], 1760000, "CNY")  # 176万元
obs("领取冬煤补贴的低收入农牧户", ["农牧户", "冬煤补贴", "低收入"], 3729, "household")  # 3729户
obs("冬煤补贴", ["冬煤补贴", "冬煤"], 2237000, "CNY")  # 223.7万元
obs("新增就业", ["新增就业", "就业"], 5611, "person")  # 5611人
obs("再就业", ["再就业"], 2529, "person")  # 2529人
obs("城镇登记失业率", ["登记失业率", "失业率"], 3.65, "percent")  # 控制到3.65%
obs("新农合参合率", ["参合率", "新农合"], 98.9, "percent", industry="医疗")  # 98.9%
obs("新建平价蔬菜超市和直销店", ["蔬菜超市", "平价蔬菜", "直销店"], 10, "count")  # 10家
obs("蔬菜补贴", ["蔬菜补贴", "补贴"], 3e6, "CNY")  # 投放蔬菜补贴300万元
obs("基本生活得到保障的受灾群众", ["受灾群众", "受灾"], 2411, "person")  # 2411名
obs("保障性住房完成投资", ["保障性住房", "完成投资", "投资"], 5.2e8, "CNY")  # 完成投资5.2亿元
obs("建成保障性住房", ["保障性住房", "住房"], 2262, "count")  # 2262套
obs("背街巷道改造投资", ["背街巷道", "投资"], 3.7e7, "CNY")  # 投资3700万元
obs("改造背街巷道", ["背街巷道", "巷道"], 11, "count")  # 11条
obs("既有建筑节能改造投资", ["节能改造", "投资"], 3.6e7, "CNY")  # 投资3600万元
obs("节能改造住宅楼", ["住宅楼", "节能改造"], 54, "count")  # 54栋住宅楼
obs("既有建筑节能改造面积", ["节能改造", "既有建筑"], 140000, "m2")  # 14万平方米
obs("老旧小区供热管网改造投资", ["供热管网", "老旧小区", "投资"], 1.168e7, "CNY")  # 投资1168万元
obs("老旧小区供热管网改造", ["老旧小区", "供热管网"], 21, "count")  # 21个老旧小区
obs("供热质量改善的居民家庭", ["居民家庭", "居民", "供热"], 8000, "household")  # 8000户
obs("列为国家级重点文物保护单位的遗址", ["遗址", "文物保护单位", "重点文物"], 3, "count")  # 哈克、团结等3处遗址

# (四) government
obs("清理超标办公用房", ["办公用房"], 6069, "m2")  # 6069平方米
obs("封存超标车辆", ["车辆", "超标车辆"], 12, "count")  # 12台
obs("政府会议数量", ["会议"], change=-14.1)  # 分别减少14.1%和19.4%
obs("政府发文数量", ["发文"], change=-19.4)

# ---- 二、2014年工作安排: main targets ----
target("地区生产总值", ["地区生产总值", "GDP", "生产总值"], 2.82e10, "CNY", change=11)  # 增长11%，达到282亿元
target("地方财政总收入", ["地方财政总收入", "财政总收入", "财政收入"], 2.88e9, "CNY", change=16)  # 增长16%，28.8亿元
target("区本级固定资产投资", ["固定资产投资"], 1.088e10, "CNY", change=20)  # 增长20%，108.8亿元
target("社会消费品零售总额", ["社会消费品零售总额", "零售总额", "消费品零售"], 1.26e10, "CNY", change=14)  # 增长14%，126亿元
target("城镇居民人均可支配收入", ["城镇居民人均可支配收入", "可支配收入", "城镇居民"], change=12)
target("农民人均纯收入", ["农民人均纯收入", "人均纯收入", "纯收入", "农民"], change=14)

# (一) investment and projects
target("重点项目", ["重点项目", "项目"], 93, "count")  # 93个重点项目
target("投资总规模", ["投资总规模", "投资"], 1e10, "CNY", bound="moreThan")  # 力争年内投资总规模突破100亿元
# (二) industries
target("中俄蒙国际物流园区完成投资", ["物流园区", "完成投资", "投资"], 2.5e8, "CNY", industry="物流")  # 力争年末完成投资2.5亿元
target("中俄蒙国际物流园区入园企业", ["入园企业", "企业"], 14, "count", industry="物流")  # 入园企业达到14家
target("新增商业营业面积", ["商业营业面积", "营业面积"], 150000, "m2", industry="商贸")  # 年内新增15万平方米
target("旅游接待人数", ["旅游接待人数", "接待人数", "旅游接待"], 5e6, "person", bound="moreThan", industry="旅游")  # 突破500万人次
target("旅游收入", ["旅游收入"], 5e9, "CNY", bound="moreThan", industry="旅游")  # 突破50亿元
target("建成蔬菜大棚", ["大棚"], 1050, "mu", industry="农牧业")  # 1050亩
target("建成温室", ["温室"], 150, "count", industry="农牧业")  # 150栋
target("建成仓储库", ["仓储库"], 20000, "m2", industry="农牧业")  # 2万平方米
target("地产蔬菜种植面积", ["种植面积", "蔬菜"], 20000, "mu", industry="农牧业")  # 2万亩
target("地产蔬菜产量", ["蔬菜产量", "产量", "蔬菜"], 150000, "t", industry="农牧业")  # 15万吨
target("马铃薯总产量", ["马铃薯", "总产量", "产量"], 250000, "t", industry="农牧业")  # 25万吨
target("马铃薯产值", ["产值", "马铃薯"], 2.5e8, "CNY", industry="农牧业")  # 实现产值2.5亿元
target("新建现代化牧场", ["牧场"], 26000, "m2", industry="农牧业")  # 2.6万平方米
target("鲜奶产量", ["鲜奶", "产量"], 250000, "t", industry="农牧业")  # 25万吨
target("规模以上企业销售收入", ["销售收入"], 8.1e9, "CNY", change=16, industry="农牧业")  # 年末81亿元，同比增长16%
target("非公经济占国民经济比重", ["非公经济", "比重"], 72, "percent", bound="atLeast")  # 72%以上
# (三) urbanisation
target("东山组团道路工程", ["道路工程", "道路"], 9, "count")  # 完成呼伦大街、望城路等9条道路工程
target("东山组团绿化面积", ["绿化面积", "绿化"], 652000, "m2")  # 年内完成绿化面积65.2万平方米
target("中心城区供水管网", ["供水"], 68, "km")  # 确保中心城区68公里供水…按期竣工
target("雨水管网二期工程", ["雨水管网", "管网"], 15, "km")  # 15公里雨水管网二期工程
target("海拉尔河、伊敏河堤防工程投资", ["堤防", "投资"], 1.3e8, "CNY")  # 启动投资1.3亿元的堤防工程
# (四) livelihood
target("新增就业岗位", ["就业岗位", "新增就业", "岗位"], 5000, "count")  # 5000个
target("城镇失业人员再就业", ["再就业"], 2000, "person")  # 2000人
target("城镇登记失业率", ["登记失业率", "失业率"], 4, "percent", bound="atMost")  # 控制在4%以内
target("黑羊站水厂扩建规模", ["水厂", "扩建", "黑羊站"], 30000, "t", optional=True)  # 黑羊站水厂3万吨扩建项目 (a capacity)
target("建成标准化菜市场", ["菜市场"], 2, "count")  # 2家
target("建成大型储菜库", ["储菜库"], 10, "count")  # 10个
target("老旧小区既有建筑节能改造", ["节能改造", "既有建筑", "老旧小区"], 150000, "m2")  # 15万平方米
target("保障性住房建设任务", ["保障性住房", "住房"], 2595, "count")  # 2595套
target("村级卫生室项目", ["卫生室"], 5, "count")  # 实施5个村级卫生室项目


# regions (呼伦贝尔 and 内蒙古 are never named: only 市委/市政府/全市 and 自治区)
ent("County", "海拉尔", "海拉尔区", "全区", "我区", part_of="呼伦贝尔")
ent("City", "呼伦贝尔", "呼伦贝尔市", "全市", part_of="内蒙古", optional=True)
ent("Province", "内蒙古", "内蒙古自治区", "自治区", optional=True)
ent("County", "牙克石", "牙克石市", part_of="呼伦贝尔")  # 绥满高速海拉尔至牙克石段
ent("Township", "奋斗镇", "奋斗", part_of="海拉尔")
ent("Township", "哈克镇", "哈克", part_of="海拉尔")
ent("Village", "健康社区", part_of="海拉尔", optional=True)  # only inside 健康社区卫生服务中心
ent("Village", "胜利社区", part_of="海拉尔", optional=True)  # only inside 胜利社区卫生服务中心
ent("City", "伊尔库茨克")  # 争取开通伊尔库茨克、乌兰乌德等国际航线
ent("City", "乌兰乌德")
ent("Place", "台湾", "台湾省")  # 台湾直飞旅游包机, 台湾居民入境签注
ent("Place", "东北地区", "东北", optional=True)
ent("Place", "内地", optional=True)
ent("Place", "北疆", optional=True)
ent("Place", "中俄蒙毗邻地区", optional=True)
# zones, parks, projects on the ground
ent("Place", "东山组团", part_of="海拉尔")
ent("Place", "中俄蒙国际物流园区", "中俄蒙国际物流园", part_of="海拉尔")
ent("Place", "中俄蒙国际汽车产业园", part_of="海拉尔")
ent("Place", "中俄蒙文化创意产业园", part_of="海拉尔")
ent("Place", "西航大元文化旅游度假城", "西航大元", part_of="海拉尔")
ent("Place", "世界反法西斯战争海拉尔纪念园", "海拉尔纪念园", part_of="海拉尔")
ent("Place", "西山生态景观区", part_of="海拉尔")
ent("Place", "哈克生态奶源基地", part_of="哈克镇")
ent("Place", "奋斗镇新镇区", part_of="奋斗镇")
ent("Place", "哈克镇滨河新区", part_of="哈克镇")
ent("Place", "中网科技云计算基地", "中网科技“云计算”基地", "中网科技云计算", "云计算基地", part_of="海拉尔")
ent("Place", "通用航空产业园", part_of="海拉尔")
ent("Place", "经济技术开发区", "海拉尔经济技术开发区", part_of="海拉尔", optional=True)
ent("Place", "中俄蒙合作先导区", optional=True)
ent("Place", "中小微企业创业园", optional=True)
ent("Place", "非公经济创业园", optional=True)
ent("Place", "非公产业园", optional=True)  # a shanty-town renewal project
ent("Place", "中心文化区", optional=True)
ent("Place", "海拉尔航空口岸", "航空口岸", optional=True)
# commerce
ent("Place", "华汇", "华汇地下商城")
ent("Place", "地壹街", "地壹街地下商城")
ent("Place", "三角地商圈", "三角地")
ent("Place", "时代广场")
ent("Place", "维多利", "维多利商贸综合体")
ent("Place", "伊仕丹购物广场", "伊仕丹")
ent("Place", "万家惠农贸批发零售市场", "万家惠")
ent("Place", "龙腾果蔬批发市场", "龙腾")
ent("Place", "香港豪德商贸城", "豪德商贸城")
ent("Place", "东海写字楼")
ent("Place", "中俄商贸街", optional=True)
ent("Place", "中成大酒店", optional=True)
ent("Place", "包商银行培训中心", optional=True)
# residential compounds and renewal projects
ent("Place", "幸福家园")
ent("Place", "金水岸")
ent("Place", "远山红郡住宅小区", "远山红郡")
ent("Place", "海东春晓回迁安置小区", "海东春晓")
# water, hills, wetlands
ent("Place", "海拉尔河", part_of="海拉尔")
ent("Place", "伊敏河", part_of="海拉尔")
ent("Place", "海拉尔河湿地", part_of="海拉尔")
ent("Place", "西山湿地", part_of="海拉尔")
ent("Place", "北山", part_of="海拉尔")
ent("Place", "黑羊站水源地", "黑羊站", part_of="海拉尔")
ent("Place", "黑羊站水厂", optional=True)
# heritage and culture
ent("Place", "谢尔塔拉墓地", "谢尔塔拉")
ent("Place", "哈克遗址")
ent("Place", "团结遗址", optional=True)  # 哈克、团结等3处遗址
ent("Place", "副都统衙门", "副都统衙门近现代博物馆")
ent("Place", "正阳文体活动中心")
ent("Place", "大剧院", optional=True)
# squares, roads, bridges, stations
ent("Place", "哈萨尔广场", "哈萨尔")  # 哈萨尔、东升路两个市民广场
ent("Place", "东升路广场", "东升路")
ent("Place", "建园路")
ent("Place", "呼伦大街")
ent("Place", "望城路")
ent("Place", "胜利大街")
ent("Place", "西大街")
ent("Place", "胜利三路")
ent("Place", "根河路")
ent("Place", "火车站规划三路")
ent("Place", "建华路")
ent("Place", "绥满高速", "绥满高速公路")
ent("Place", "中央桥")
ent("Place", "贝尔桥")
ent("Place", "伊敏桥")
ent("Place", "呼伦桥")
ent("Place", "机场快速路", optional=True)
ent("Place", "西出口道路", "西出口", optional=True)
ent("Place", "客运总站", optional=True)
ent("Place", "城市东外环道路", "东外环", optional=True)
ent("Place", "新北出口", optional=True)
ent("Place", "火车站站前广场", optional=True)
ent("Place", "火车站", "海拉尔火车站", optional=True)
ent("Place", "大兴安岭", optional=True)  # only in 大兴安岭棚户区项目
ent("Place", "香港", optional=True)  # only in 香港豪德商贸城
# people
ent("Person", "杜联合")  # 海拉尔区人民政府区长
# government and party bodies
ent("Organization", "海拉尔区人民政府", "区政府", "海拉尔区政府")
ent("Organization", "海拉尔区人民代表大会", "区人大", "人大", "海拉尔区第十四届人民代表大会")
ent("Organization", "海拉尔区政协", "区政协", "政协")
ent("Organization", "中共海拉尔区委", "区委", "海拉尔区委")
ent("Organization", "中共呼伦贝尔市委", "市委", "呼伦贝尔市委")
ent("Organization", "呼伦贝尔市人民政府", "市政府", "呼伦贝尔市政府")
ent("Organization", "内蒙古自治区人民政府", "自治区政府")
ent("Organization", "区国税局", "国税局", "海拉尔区国家税务局")
for lab in ["关工委", "红十字", "工商联", "民主党派", "中央", "国家"]:
    ent("Organization", lab, optional=True)
# companies
ent("Organization", "大唐", "中国大唐集团", "大唐集团")
ent("Organization", "亘富")
ent("Organization", "华润雪花啤酒", "雪花", "华润雪花", "雪花啤酒")
ent("Organization", "东电")
ent("Organization", "森工集团")
ent("Organization", "双良集团", "双良")
ent("Organization", "红星美凯龙", "红星美凯龙主力店")
ent("Organization", "中网科技")
ent("Organization", "包商银行")
ent("Organization", "三元")
ent("Organization", "元盛")
ent("Organization", "鼎盛")
ent("Organization", "麦福劳")
ent("Organization", "五金公司")
ent("Organization", "雪莲公司")
# schools and health
ent("Organization", "区幼儿园", "区幼儿园第一分园")
ent("Organization", "第二幼儿园")
ent("Organization", "新呼伦小学")
ent("Organization", "学府路中学")
ent("Organization", "向阳幼儿园")
ent("Organization", "南开路中学")
ent("Organization", "第三中学", "第三中学分校", optional=True)
ent("Organization", "哈克卫生院", "哈克卫生院综合门诊部")
ent("Organization", "健康社区卫生服务中心")
ent("Organization", "胜利社区卫生服务中心")
ent("Organization", "区医院")
# events
ent("Event", "海拉尔区第十四届人民代表大会第三次会议", "第十四届人民代表大会第三次会议")
ent("Event", "党的十八大", "十八大")
ent("Event", "十八届三中全会", "党的十八届三中全会")
ent("Event", "区委十四届七次全委会议", "十四届七次全委会议")
ent("Event", "中俄蒙经贸洽谈暨商品展销会", "第九届中俄蒙经贸洽谈暨商品展销会", "第十届中俄蒙经贸洽谈暨商品展销会")
ent("Event", "城市建设管理年", "“城市建设管理年”活动")
ent("Event", "自治区文明城市测评", "文明城市测评", optional=True)
ent("Event", "大接访", "“大接访”活动", optional=True)
# programmes, policies, strategies, named projects
for lab, *al in [
    ("8337发展思路", "“8337”发展思路", "“8337”思路", "8337思路", "“8337”"), ("两个中心", "“两个中心”建设", "“两个中心”"),
    ("十二五规划", "“十二五”规划", "十二五"), ("东振西开", "“东振西开”战略"), ("退二进三", "“退二进三”战略", "“退二进三”"),
    ("退城进园", "“退城进园”"), ("菜篮子工程", "“菜篮子”工程", "菜篮子"), ("中央八项规定", "八项规定", "中央“八项规定”"),
    ("自治区28条规定", "28条规定"), ("新农合", "新型农村合作医疗"), ("棚户区改造",), ("百姓安居工程", "“百姓安居工程”"),
    ("助保贷", "“助保贷”"), ("慢性非传染性疾病综合防控示范区", "国家级“慢性非传染性疾病综合防控示范区”"),
    ("平安海拉尔", "“平安海拉尔”建设三年规划", "平安海拉尔建设"),
    ("党的群众路线教育实践活动", "群众路线教育实践活动"), ("四大行动", "“四大行动”"), ("六大工程", "“六大工程”"),
    ("新型城镇化", "新型城镇化建设"), ("全民健身", "全民健身活动")]:
    ent("Program", lab, *al)
for lab in ["文化惠民工程", "新农村建设", "城乡一体化", "市区共建", "东北地区沿边开发开放", "企业名牌战略", "创业就业工程",
            "小额担保贷款", "大病救助", "临时救助", "最低生活保障", "农村五保供养", "产业扶贫", "项目扶贫", "国家森林城市",
            "卫生城创建", "平安创建工程", "平安城市", "爱国卫生运动", "信访积案化解专项行动", "安全生产责任制", "双拥",
            "信访联席制度", "落地签证", "政务公开", "三公经费", "第三次全国经济普查", "伊敏河沿河景观工程",
            "海拉尔河流域和北山生态环境保护工程", "保障性住房", "既有建筑节能改造", "安全饮水工程", "基本养老保险",
            "节能减排", "隐患排查专项治理", "公共卫生服务项目", "三山", "“美丽发展、科学崛起、共享繁荣”",
            "供水主管网扩建工程", "中心城区管网综合改造", "污泥处置工程", "集中供热项目"]:
    ent("Program", lab, optional=True)
# industries
for lab, *al in [("旅游", "旅游业", "旅游行业", "旅游文化产业", "冬季旅游"), ("工业", "工业经济"),
                 ("商贸", "商贸业", "传统商贸业", "商贸服务业"), ("农牧业", "城郊型农牧业", "现代农牧业"),
                 ("现代服务业", "服务业"), ("会展业", "会展"), ("物流", "商贸物流", "空港物流"), ("电子商务", "电商"),
                 ("信息服务", "信息", "信息产业"), ("生物科技",), ("节能环保",), ("家政服务", "家政"),
                 ("社区养老", "养老", "养老服务"), ("文化创意", "文化创意产业"), ("新型建材",), ("农畜产品加工",)]:
    ent("Industry", lab, *al)
for lab in ["空港经济", "总部经济", "县域经济", "非公经济", "通用航空", "云计算", "汽车", "褐煤", "蔬菜", "马铃薯",
            "啤酒", "旅游产品开发", "文化", "体育", "养老事业", "热电", "新型产业", "生产性服务业", "生活性服务业",
            "农业", "建材", "牛羊肉", "残疾人事业", "教育", "医疗", "露天矿"]:
    ent("Industry", lab, optional=True)

NEG = ["2014年2月19日", "第十四届", "第三次会议", "十八大", "十八届三中全会", "8337", "两个中心", "第九届", "第十届",
       "4S", "大唐700万吨", "亘富200万吨", "700万吨", "200万吨", "2×35万千瓦", "一期", "二期", "第一分园", "第二幼儿园",
       "80岁以上", "28条规定", "十二五", "十四届七次", "五个方面", "五星级", "一季度", "10月份", "第三中学",
       "胜利三路", "规划三路", "三山", "三无人员", "五保", "二级甲等", "第三次全国经济普查", "三年规划", "四大行动",
       "六大工程", "2×35"]
GOLD.write("hailar-2014.json", "data/corpus/local/hailar-2014.txt", 2013,
           {"note": "numbers inside names, dates, ordinals, capacities in project names and slogans: "
            "none may become an observation's value",
            "strings": NEG, "values": [2013, 2014, 19, 18, 8337, 80, 7000000, 2000000, 350000, 700000]})
