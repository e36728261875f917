# Builds shanghai-2022.json: the hand annotation of data/corpus/local/shanghai-2022.txt
# (上海市政府工作报告, delivered January 2022 by 市长 龚正: reviews 2021, sets the 2022 tasks).
# Conventions follow eval/gold-shanxi-2024.py and tests/gold/build_national_2019.py; additions:
#   area    上海 for every figure unless the sentence names a zone: the figures of 临港新片区 get that zone,
#           the 长三角示范区's its zone, the 长三角-wide tasks 长三角 (with 上海 as an alternative: they are
#           Shanghai's share of a joint programme);
#   period  only where it differs from the document period (2021): the 2022 预期目标 and every planned figure of
#           part 二/三 get 2022; 连续12年 gets "2010-2021"; a 累计 level at the end of 2021 (5G基站, 跨国公司地区
#           总部, 新能源汽车) stays 2021;
#   status  "target" for planned figures of 2022 (预期目标, 新建/新增/完成/建设… in the task list);
#   bound   突破/超过/超/多 → moreThan, 以上 → atLeast, 左右 → approx, 以内 → atMost;
#   units   家/个/项/件/张/台/辆/座/条/片/处/所/剂次/份/套（间） → count, 户 → household, 人 → person,
#           平方米 → m2, 平方公里 → km2, 公顷 → ha, 公里 → km, 亩 → mu, 万千瓦 → kW, 标准箱 → TEU,
#           小时 → hour (optional: response-time limits);
#   提高N个百分点 → change_value in points; 压减10% → change -10;
#   上海 is typed City, as 上海 is in the shanxi and national golds (a provincial-level municipality);
#   its districts are County, part_of 上海; zones, parks, lines, roads, museums as buildings are Place;
#   metro lines named only by number (14号线…) are optional Places, their numbers are not figures;
#   thresholds inside descriptors (投资10亿元以上的产业项目, 千亿级) are not figures.
# Annotated from the text alone, sentence by sentence.
import json
import os

AREA = "上海|上海市|全市"
LINGANG = "临港新片区|新片区|临港"
SHIFANQU = "长三角生态绿色一体化发展示范区|示范区"
CSJ = "长三角|上海"
O = []
def obs(ind, keys=None, value=None, unit=None, change=None, change_value=None, rank=None, bound=None, area=AREA,
        period=None, status=None, industry=None, optional=False, **extra):
    O.append({k: v for k, v in dict(indicator=ind, keys=keys or [ind], value=value, unit=unit,
              change_percent=change, change_value=change_value, rank=rank, bound=bound, area=area,
              period=period, status=status, industry=industry, optional=optional or None, **extra).items() if v is not None})
def target(*a, **k):
    k.setdefault("period", 2022)
    obs(*a, status="target", **k)

# ---- 一、2021年工作回顾: headline figures ----
obs("全市生产总值", ["生产总值", "GDP", "地区生产总值"], 4.32e12, "CNY", change=8.1)  # 突破4万亿元大关，达到4.32万亿元，增长8.1%
obs("全市生产总值（突破4万亿元大关）", ["生产总值", "GDP"], 4e12, "CNY", bound="moreThan", optional=True)
obs("地方一般公共预算收入", ["一般公共预算收入", "预算收入", "财政收入"], change=10.3)
obs("居民消费价格", ["居民消费价格", "消费价格", "CPI"], change=1.2)  # 上涨1.2%
obs("新增就业岗位", ["就业岗位", "新增就业", "岗位"], 635000, "count")  # 63.5万个
obs("全社会研发经费支出相当于全市生产总值的比例", ["研发经费", "研发", "R&D"], 4.1, "percent", bound="approx")  # 保持在4.1%左右
obs("集成电路、生物医药、人工智能三大产业制造业产值", ["三大产业", "制造业产值", "产值"], change=18.3)
obs("每千人拥有的企业数全国排名", ["企业数", "每千人"], rank=1)  # 位居全国第一
obs("居民人均可支配收入", ["可支配收入", "人均可支配收入"], change=8)
obs("PM2.5年均浓度", ["PM2.5", "细颗粒物"], 27, "ug/m3", change=-15.6)  # 27微克/立方米、下降15.6%

# (一) epidemic control
obs("疫情防控关键点关节点", ["关键点", "关节点"], 6, "count", optional=True)  # 六个关键点关节点
obs("日最大核酸检测能力", ["核酸检测能力", "核酸检测"], 950000, "count", bound="atLeast")  # 提高到95万份以上
obs("新冠疫苗接种覆盖人群占常住人口比例", ["常住人口", "覆盖人群", "接种"], 94, "percent")  # 占全市常住人口94%
obs("累计接种新冠疫苗", ["接种疫苗", "剂次", "接种"], 5.1e7, "count", bound="moreThan")  # 超过5100万剂次
obs("完成全程接种人数", ["全程接种"], 2.2e7, "person", bound="moreThan")  # 2200多万人
obs("接种加强针人数", ["加强针"], 6.8e6, "person", bound="moreThan")  # 680多万人
obs("应急处置到达现场时限", ["到达现场"], 2, "hour", bound="atMost", optional=True)  # 2小时内
obs("流行病学核心信息调查时限", ["流行病学", "核心信息调查"], 4, "hour", bound="atMost", optional=True)  # 4小时内
obs("核酸检测、区域管控、转运隔离完成时限", ["核酸检测", "区域管控", "转运隔离"], 24, "hour", bound="atMost", optional=True)  # 24小时内

# (二) reform and opening
obs("专门为浦东新区制定的法规", ["法规", "浦东新区"], 6, "count")  # 张江生物医药产业创新等6部
obs("设置浦东专章的条例", ["条例", "浦东专章"], 2, "count")  # 在2个条例中设置浦东专章
obs("临港新片区总体方案制度创新任务", ["制度创新任务", "制度创新"], 78, "count", area=LINGANG)  # 78项
obs("新片区规上工业总产值", ["工业总产值", "规上工业"], change=72.7, area=LINGANG, industry="工业")
obs("新片区全社会固定资产投资", ["固定资产投资"], change=62, area=LINGANG)
obs("科创板上海上市企业融资额全国排名", ["融资额", "科创板"], rank=1)  # 保持全国首位
obs("科创板上海上市企业总市值全国排名", ["总市值", "科创板"], rank=1)
obs("跨省市“一网通办”政务服务事项", ["政务服务事项", "一网通办", "跨省市"], 120, "count", area=CSJ)  # 120个
obs("建成通车的省际对接道路", ["省际对接道路", "对接道路", "道路"], 8, "count", area=CSJ)  # 8条
obs("长三角生态绿色一体化发展示范区制度创新成果", ["制度创新成果", "制度创新"], 78, "count", area=SHIFANQU)  # 累计形成78项
obs("虹桥国际开放枢纽重点任务", ["重点任务", "虹桥"], 83, "count")  # 83项重点任务全面实施
obs("第四届进口博览会累计意向成交", ["意向成交", "进口博览会", "进博会"], 7.072e10, "USD")  # 按一年计累计意向成交707.2亿美元
obs("上海交易团意向成交金额", ["交易团", "意向成交"], change=21.1)
obs("进博会分论坛", ["分论坛"], 2, "count", optional=True)  # 浦东、虹桥两个分论坛
obs("落户的国家中小企业发展子基金", ["子基金", "中小企业发展"], 3, "count")  # 3家
obs("挂牌的民营企业总部集聚区", ["总部集聚区", "民营企业"], 3, "count")  # 3个
obs("新推出“上海标准”", ["上海标准"], 11, "count")  # 11项

# (三) innovation, finance, trade, shipping, consumption, investment
obs("获批上市的1类新药", ["新药"], 8, "count", industry="生物医药")  # 8个1类新药
obs("每万人口高价值发明专利拥有量", ["发明专利", "高价值发明专利"], 34, "count", bound="approx")  # 达到34件左右
obs("高新技术企业", ["高新技术企业"], 20000, "count", bound="moreThan")  # 突破2万家
obs("持牌金融机构新增", ["持牌金融机构", "金融机构"], 58, "count", industry="金融")  # 新增58家
obs("金融市场交易总额", ["金融市场交易总额", "交易总额", "金融市场"], 2.5e15, "CNY", change=10.4, bound="moreThan", industry="金融")  # 突破2500万亿元、增长10.4%
obs("口岸贸易总额世界城市排名", ["口岸贸易"], rank=1)  # 保持世界城市首位
obs("亚太示范电子口岸网络成员口岸", ["成员口岸", "电子口岸"], 24, "count")  # 拓展至24个
obs("千亿级大宗商品交易平台", ["大宗商品交易平台", "交易平台"], 7, "count")  # 达到7家
obs("上海港集装箱吞吐量", ["集装箱吞吐量", "吞吐量"], 4.7033e7, "TEU", rank=1, industry="航运")  # 4703.3万标准箱、连续12年排名世界第一
obs("上海港集装箱吞吐量世界第一连续年数", ["连续"], 12, "year", period="2010-2021", optional=True)
obs("新增首店", ["首店"], 1078, "count", rank=1)  # 新增首店1078家、保持全国第一
obs("社会消费品零售总额", ["社会消费品零售总额", "零售总额", "消费品零售"], change=13.5)
obs("重大工程投资完成", ["重大工程", "完成投资", "投资"], 1.9575e11, "CNY", change=14.6)  # 1957.5亿元、增长14.6%
obs("建成轨道交通线", ["轨道交通线", "轨道交通"], 61, "km")  # 14号线、18号线部分区段共61公里
obs("轨道交通运营线路总长", ["运营线路", "线路总长", "轨道交通"], 831, "km", rank=1)  # 达到831公里、继续保持全球城市第一
obs("开工建设轨道交通项目", ["轨道交通项目", "轨道交通"], 8, "count")  # 嘉闵线、21号线一期、23号线一期等8个
obs("开工建设投资10亿元以上的产业项目", ["产业项目"], 59, "count")  # 高端船舶、新能源汽车等59个
obs("实际使用外资", ["使用外资", "外资"], 2.255e10, "USD", change=11.5)  # 225.5亿美元、增长11.5%
obs("新增跨国公司地区总部", ["跨国公司地区总部", "地区总部"], 60, "count")  # 新增60家
obs("跨国公司地区总部累计", ["跨国公司地区总部", "地区总部", "累计"], 831, "count")  # 累计达到831家
obs("新增外资研发中心", ["外资研发中心", "研发中心"], 25, "count")
obs("外资研发中心累计", ["外资研发中心", "研发中心", "累计"], 506, "count")
obs("外贸进出口总额", ["进出口总额", "进出口", "外贸"], 4e12, "CNY", change=16.5, bound="atLeast")  # 4万亿元以上、增长16.5%
obs("服务贸易占全国比重", ["服务贸易", "比重"], 30, "percent", bound="approx")  # 提高到30%左右

# (四) digital city
obs("累计建成5G室外基站", ["5G基站", "5G室外基站", "基站"], 54000, "count", industry="5G")  # 5.4万个
obs("双千兆示范应用", ["双千兆", "示范应用"], 700, "count", bound="moreThan")  # 超过700项
obs("培育工业互联网平台", ["工业互联网平台", "工业互联网"], 15, "count", industry="工业互联网")  # 15个
obs("建成智能工厂", ["智能工厂"], 40, "count")  # 40家
obs("首批数字化转型示范区", ["数字化转型示范区", "示范区"], 7, "count")  # 首批7个
obs("数字生活标杆场景", ["标杆场景", "场景"], 11, "count")  # 11个
obs("“一网通办”接入服务事项", ["服务事项", "接入", "一网通办"], 3458, "count")  # 3458项
obs("“一网通办”实名用户数", ["实名用户", "用户数"], 6.195e7, "person", bound="moreThan")  # 超6195万
obs("“一网通办”日均办件量", ["办件量", "日均"], 280000, "count", bound="moreThan")  # 超28万
obs("实际办件网办率", ["网办率"], 77, "percent", change_value=19)  # 77%，提高19个百分点
obs("市城运平台汇集应用", ["城运平台", "汇集应用", "应用"], 1150, "count")  # 1150个

# (五) new cities, key areas, rural
obs("签约落户新城的企业总部", ["企业总部", "新城"], 50, "count")  # 50家
obs("签约落户新城的研发中心", ["研发中心", "新城"], 62, "count")  # 62家
obs("新城民生重大项目", ["民生重大项目", "民生"], 91, "count")  # 91个
obs("新城交通重大工程", ["交通重大工程", "交通"], 25, "count")  # 25项
obs("新城重大项目总投资", ["总投资"], 1e11, "CNY", bound="moreThan")  # 总投资超过1000亿元
obs("低效建设用地减量", ["低效建设用地", "建设用地", "减量"], 15.1, "km2")  # 15.1平方公里
obs("建成乡村振兴示范村", ["乡村振兴示范村", "示范村"], 32, "count")  # 32个
obs("农民相对集中居住", ["集中居住", "农民"], 14000, "household")  # 1.4万户
obs("完成“美丽庭院”建设", ["美丽庭院"], 133000, "household")  # 13.3万户
obs("农村公路提档升级改造", ["农村公路"], 595, "km")  # 595公里
obs("地产农产品绿色认证率", ["绿色认证率", "认证率"], 27, "percent", industry="农业")  # 达到27%

# (六) livelihood
obs("新增社区综合为老服务中心", ["为老服务中心"], 51, "count")  # 51家
obs("新增助餐场所", ["助餐场所", "助餐"], 201, "count")  # 201个
obs("新增养老床位", ["养老床位"], 5084, "count")  # 5084张
obs("改建认知障碍照护床位", ["认知障碍照护床位", "照护床位"], 2303, "count")  # 2303张
obs("居家环境适老化改造", ["适老化改造", "适老化"], 6868, "household")  # 6868户
obs("新增普惠性托育点", ["托育点"], 65, "count")  # 65个
obs("开设小学生爱心暑托班", ["暑托班"], 543, "count")  # 543个
obs("中心城区成片二级旧里以下房屋改造", ["旧里", "房屋改造", "旧改"], 901000, "m2")  # 90.1万平方米
obs("城中村改造项目", ["城中村"], 13, "count")  # 13个
obs("建设筹措保障性租赁住房", ["保障性租赁住房", "租赁住房"], 67000, "count")  # 6.7万套（间）
obs("既有多层住宅加装电梯", ["加装电梯", "电梯"], 1579, "count")  # 1579台
obs("电梯智慧监管覆盖率", ["智慧监管", "覆盖率"], 97, "percent", bound="moreThan")  # 超过97%
obs("新增电动汽车公共充电桩", ["充电桩"], 20000, "count")  # 2万个
obs("共享充电桩示范小区", ["共享充电桩", "示范小区"], 16, "count")  # 16个
obs("新增早餐示范点", ["早餐示范点"], 226, "count")  # 226家
obs("新增早餐网点", ["早餐网点"], 2065, "count")  # 2065家
obs("布局建设前沿科学研究基地", ["前沿科学研究基地", "研究基地"], 29, "count")  # 29个
obs("布局建设协同创新中心", ["协同创新中心"], 42, "count")  # 42个
obs("新增国家医学中心", ["国家医学中心", "医学中心"], 2, "count", industry="医疗")  # 2个
obs("一体化管理运行的郊区市级医院", ["郊区市级医院", "市级医院", "医院"], 4, "count", industry="医疗")  # 4家
obs("新建改建健身步道", ["健身步道"], 107, "count")  # 107条
obs("新建改建多功能运动场", ["运动场"], 98, "count")  # 98片
obs("新建改建益智健身苑点", ["健身苑点"], 743, "count")  # 743个

# (七) urban governance and environment
obs("完成挥发性有机物治理的工业企业", ["挥发性有机物", "工业企业"], 1042, "count")  # 1042家
obs("淘汰国三柴油车", ["柴油车"], 84000, "count")  # 8.4万辆
obs("推广应用新能源汽车", ["新能源汽车"], 254000, "count", industry="新能源汽车")  # 25.4万辆
obs("新能源汽车累计推广", ["新能源汽车", "累计"], 677000, "count", industry="新能源汽车")  # 累计达到67.7万辆
obs("开工建设雨水调蓄池", ["雨水调蓄池", "调蓄池"], 5, "count")  # 5座
obs("河道整治", ["河道整治", "河道"], 350, "km")  # 350公里
obs("污染防治攻坚战成效考核全国排名", ["污染防治攻坚战", "成效考核", "考核"], rank=1)  # 排名全国第一
obs("免费或延长开放公园增加", ["开放公园", "公园"], 42, "count")  # 增加42个
obs("新增森林", ["森林"], 51000, "mu", industry="林业")  # 5.1万亩
obs("新增绿地", ["绿地"], 1031.8, "ha")  # 1031.8公顷
obs("新增绿道", ["绿道"], 212.6, "km")  # 212.6公里
obs("新增立体绿化", ["立体绿化"], 406000, "m2")  # 40.6万平方米
obs("架空线入地和杆箱整治", ["架空线入地", "架空线", "杆箱整治"], 207, "km")  # 207公里
obs("桥下空间品质提升", ["桥下空间"], 10, "count")  # 10处
obs("公共空间休憩座椅设置和优化", ["休憩座椅", "座椅"], 9508, "count")  # 9508处

# (八) government
obs("提请市人大常委会审议地方性法规", ["地方性法规", "法规"], 19, "count")  # 19件
obs("办理市人大代表建议", ["人大代表建议"], 1052, "count")  # 1052件
obs("办理市政协提案", ["政协提案"], 937, "count")  # 937件
obs("制定政府规章", ["政府规章", "规章"], 19, "count")  # 19件
obs("“十四五”市级专项规划、区域规划、空间规划", ["专项规划", "规划"], 43, "count")  # 编制完成43项
obs("下放执法事项", ["执法事项"], 423, "count")  # 423项
obs("部门一般性支出", ["一般性支出", "支出"], change=-10)  # 压减10%

# ---- 二、2022年主要任务: main targets (预期目标) ----
target("全市生产总值增长", ["生产总值", "GDP", "地区生产总值", "经济增长"], change=5.5, bound="approx")  # 增长5.5%左右
target("地方一般公共预算收入增长", ["一般公共预算收入", "预算收入", "财政收入"], change=6)  # 增长6%
target("全社会研发经费支出相当于全市生产总值的比例", ["研发经费", "研发", "R&D"], 4.2, "percent", bound="approx")  # 达到4.2%左右
target("城镇调查失业率", ["调查失业率", "失业率"], 5, "percent", bound="atMost")  # 5%以内
target("居民消费价格涨幅", ["居民消费价格", "消费价格", "CPI"], change=3, bound="approx")  # 3%左右
target("环保投入相当于全市生产总值的比例", ["环保投入"], 3, "percent", bound="approx")  # 保持在3%左右

# (一) national strategic tasks
target("长三角重点协同深化事项", ["协同深化事项", "重点协同"], 24, "count", area=CSJ)  # 加快推进24项
target("长三角生态绿色一体化发展示范区重大项目", ["重大项目", "示范区"], 82, "count", area=SHIFANQU)  # 水乡客厅…等82项
# (二) economy
target("新增“专精特新”企业", ["专精特新"], 500, "count")  # 新增500家
# (四) digital
target("制造业数字化赋能平台", ["数字化赋能平台", "赋能平台"], 30, "count")  # 打造30个
target("新建示范性智能工厂", ["智能工厂"], 40, "count")  # 新建40家
# (五) new cities
target("示范样板区", ["示范样板区", "样板区"], 10, "count")  # 加快建设10个
target("新城新建中小学", ["中小学"], 17, "count")  # 17所
target("新城新建幼儿园", ["幼儿园"], 13, "count")  # 13所
target("低效建设用地减量", ["低效建设用地", "建设用地", "减量"], 15, "km2")  # 15平方公里
# (六) green and low carbon
target("新增光伏装机", ["光伏装机", "光伏"], 300000, "kW", industry="光伏")  # 30万千瓦
target("淘汰落后产能", ["落后产能"], 500, "count")  # 500项
target("重点用能企业节能技术改造", ["重点用能企业", "节能技术改造", "节能"], 500, "count")  # 500家
target("新增绿色制造企业", ["绿色制造"], 50, "count")  # 50家
target("公共建筑节能改造", ["公共建筑", "节能改造"], 4e6, "m2")  # 400万平方米
target("新投放新能源公交车", ["新能源公交车", "公交车"], 3000, "count", industry="新能源汽车")  # 3000辆
target("开工建设雨水调蓄池", ["雨水调蓄池", "调蓄池"], 48, "count")  # 48座
target("整治河道", ["河道"], 140, "km")  # 140公里
target("生态清洁小流域示范点", ["小流域", "示范点"], 15, "count")  # 15个
target("启动建设湿垃圾资源化利用设施", ["湿垃圾", "资源化利用设施"], 7, "count")  # 7座
target("生活垃圾回收利用率", ["回收利用率", "生活垃圾"], 42, "percent")  # 达到42%
target("新建公园", ["公园"], 120, "count")  # 120座
target("新增森林", ["森林"], 50000, "mu", industry="林业")  # 5万亩
target("新增绿地", ["绿地"], 1000, "ha")  # 1000公顷
target("新增绿道", ["绿道"], 200, "km")  # 200公里
target("新增立体绿化", ["立体绿化"], 400000, "m2")  # 40万平方米
# (七) livelihood
target("新增就业岗位", ["就业岗位", "新增就业", "岗位"], 550000, "count", bound="atLeast")  # 55万个以上
target("新建社区综合为老服务中心", ["为老服务中心"], 50, "count")  # 50家
target("新建助餐场所", ["助餐场所", "助餐"], 200, "count")  # 200个
target("新建养老床位", ["养老床位"], 5000, "count")  # 5000张
target("改建认知障碍照护床位", ["认知障碍照护床位", "照护床位"], 2000, "count")  # 2000张
target("居家环境适老化改造", ["适老化改造", "适老化"], 5000, "household")  # 5000户
target("新增普惠性托育点", ["托育点"], 60, "count")  # 60个
target("开设托班的幼儿园比例", ["托班", "幼儿园"], 50, "percent", bound="moreThan", optional=True)  # 全市一半以上的幼儿园
target("新增人行天桥无障碍电梯", ["无障碍电梯", "人行天桥"], 38, "count")  # 38座
target("新增公共交通无障碍车辆", ["无障碍车辆"], 1000, "count")  # 1000辆
target("旧住房更新改造", ["旧住房", "更新改造"], 1e7, "m2")  # 1000万平方米
target("建设筹措保障性租赁住房", ["保障性租赁住房", "租赁住房"], 173000, "count")  # 17.3万套（间）
target("既有多层住宅加装电梯", ["加装电梯", "电梯"], 2000, "count", bound="atLeast")  # 2000台以上
target("新增公共充电桩", ["充电桩"], 10000, "count")  # 1万个
target("改造易积水小区", ["易积水小区", "积水"], 22, "count")  # 22个
target("改造道路积水点", ["积水点", "积水"], 11, "count")  # 11条
# (八) rural
target("高标准良种繁育基地", ["良种繁育基地", "良种繁育"], 2000, "mu", industry="农业")  # 2000亩
target("新建乡村振兴示范村", ["乡村振兴示范村", "示范村"], 19, "count")  # 19个
target("推动农民相对集中居住", ["集中居住", "农民"], 10000, "household")  # 再推动1万户
target("农民相对集中居住目标（累计）", ["集中居住", "目标"], 50000, "household", optional=True)  # 实现五万户的集中居住目标
obs("国家级农村宅基地改革试点", ["宅基地", "改革试点"], 2, "count", optional=True)  # 松江、奉贤两个
# (十) city management
target("架空线入地和杆箱整治", ["架空线入地", "架空线", "杆箱整治"], 100, "km")  # 100公里
target("建成“美丽街区”", ["美丽街区"], 100, "count")  # 100个
target("设置优化公共空间休憩座椅", ["休憩座椅", "座椅"], 5000, "count")  # 5000处
target("改造交通拥堵节点", ["交通拥堵节点", "拥堵节点"], 50, "count")  # 50个
# 三、government
target("营商环境创新试点改革举措", ["改革举措", "营商环境"], 172, "count")  # 实施172项

E = []
def ent(t, label, *aliases, part_of=None, optional=False):
    e = {"type": t, "label": label}
    if aliases: e["aliases"] = list(aliases)
    if part_of: e["part_of"] = part_of
    if optional: e["optional"] = True
    E.append(e)

# regions
ent("City", "上海", "上海市", "全市", "本市", "沪")
ent("County", "浦东", "浦东新区", part_of="上海")
ent("County", "嘉定", "嘉定区", part_of="上海")
ent("County", "青浦", "青浦区", part_of="上海")
ent("County", "松江", "松江区", part_of="上海")
ent("County", "奉贤", "奉贤区", part_of="上海")
ent("County", "宝山", "宝山区", part_of="上海")
ent("County", "金山", "金山区", "金山地区", part_of="上海")
ent("County", "闵行", "闵行区", part_of="上海")  # 闵行燃机
ent("County", "崇明", "崇明区", part_of="上海")  # 崇明世界级生态岛, 崇明线
ent("Province", "云南", "云南省")  # 调整优化与云南结对帮扶关系
ent("Township", "横沙", "横沙乡", part_of="崇明", optional=True)  # only in 横沙东滩现代农业产业园
ent("Township", "吴泾", "吴泾镇", part_of="闵行", optional=True)  # 促进桃浦、吴泾、高桥等区域转型发展
ent("Township", "高桥", "高桥镇", part_of="浦东", optional=True)
ent("Township", "桃浦", "桃浦镇", part_of="上海", optional=True)
ent("Place", "南汇", "南汇新城", part_of="浦东", optional=True)  # 南汇数联智造, 南汇支线 (a new city, no longer a district)
ent("Place", "长三角", "长江三角洲", "长三角地区")
ent("Place", "长江经济带")
ent("Place", "长江", optional=True)  # only in 长江经济带, 长江十年禁渔
ent("Place", "香港", "香港特别行政区")
ent("Place", "澳门", "澳门特别行政区")
ent("Place", "台湾")
ent("Place", "港澳台地区", "港澳台", optional=True)
ent("Place", "中国", "我国", "全国", optional=True)
# zones, parks, hubs
ent("Place", "临港新片区", "新片区", "自贸试验区临港新片区", "上海自贸试验区临港新片区", part_of="上海")
ent("Place", "上海自贸试验区", "自贸试验区", "中国（上海）自由贸易试验区", part_of="上海")
ent("Place", "洋山特殊综合保税区", "洋山特殊综保区", part_of="上海")
ent("Place", "洋山港", "洋山", part_of="上海")
ent("Place", "上海港", part_of="上海")
ent("Place", "长三角生态绿色一体化发展示范区", "长三角示范区", "长三角生态绿色一体化示范区")
ent("Place", "水乡客厅", part_of="长三角生态绿色一体化发展示范区")
ent("Place", "西岑科创园区", "西岑科创园", part_of="青浦")
ent("Place", "虹桥国际开放枢纽", "虹桥", part_of="上海")
ent("Place", "虹桥国际中央商务区", "国际中央商务区", "虹桥商务区", part_of="上海")
ent("Place", "张江科学城", "张江", part_of="浦东")
ent("Place", "张江国家自主创新示范区", part_of="上海")
ent("Place", "张江综合性国家科学中心", optional=True)
ent("Place", "世界顶尖科学家社区", part_of="上海")
ent("Place", "北外滩", part_of="上海")
ent("Place", "外滩", "外滩历史文化风貌区", part_of="上海")
ent("Place", "世界会客厅", part_of="上海")
ent("Place", "南大智慧城", "南大", part_of="宝山")
ent("Place", "吴淞创新城", "吴淞", part_of="宝山")
ent("Place", "金山滨海国际文化旅游度假区", "金山滨海", part_of="金山")
ent("Place", "东方芯港", part_of="临港新片区")
ent("Place", "生命蓝湾", part_of="临港新片区")
ent("Place", "长阳秀带", part_of="上海")
ent("Place", "张江在线", part_of="浦东")
ent("Place", "虹桥在线新经济生态园", part_of="上海")
ent("Place", "国际汽车智慧城", "嘉定国际汽车智慧城", part_of="嘉定")
ent("Place", "长三角数字干线", "青浦长三角数字干线", part_of="青浦")
ent("Place", "长三角G60科创走廊", "G60科创走廊", "松江长三角G60科创走廊", part_of="松江")
ent("Place", "东方美谷", "奉贤东方美谷", part_of="奉贤")
ent("Place", "数联智造", "南汇数联智造", optional=True)
ent("Place", "国际旅游度假区", "上海国际旅游度假区", part_of="浦东")
ent("Place", "乐高乐园度假区", "乐高乐园", "上海乐高乐园度假区", part_of="上海")
ent("Place", "邮轮旅游度假区", part_of="宝山")
ent("Place", "迪士尼乐园", "上海迪士尼乐园", "迪士尼", part_of="浦东")
ent("Place", "横沙东滩现代农业产业园", "横沙东滩", part_of="崇明")
ent("Place", "崇明世界级生态岛", "世界级生态岛", part_of="崇明")
ent("Place", "世博文化公园", "世博文化公园北区", "世博文化公园南区", part_of="浦东")
ent("Place", "环城生态公园带", optional=True)
ent("Place", "全球动力之城", optional=True)
ent("Place", "电子化学品专区", optional=True)
ent("Place", "国际数据港", optional=True)
ent("Place", "外高桥", optional=True)
ent("Place", "进口贸易促进创新示范区", optional=True)
ent("Place", "绿色田园先行片区", optional=True)
ent("Place", "中小企业创新园", optional=True)
ent("Place", "新城“绿心”公园", "绿心", optional=True)
ent("Place", "北外滩国客中心", "国客中心", optional=True)
# water
ent("Place", "黄浦江", "黄浦江两岸")
ent("Place", "苏州河")
ent("Place", "淀山湖")
ent("Place", "吴淞江")
ent("Place", "新川沙河", optional=True)
# transport
ent("Place", "浦东国际机场", "浦东机场")
ent("Place", "浦东综合交通枢纽")
ent("Place", "北横通道", "北横通道西段")
ent("Place", "江浦路越江隧道")
ent("Place", "两港大道")
ent("Place", "崧泽高架", "崧泽高架西延伸")
ent("Place", "嘉闵线")
ent("Place", "崇明线")
ent("Place", "机场联络线")
ent("Place", "上海示范区线")
ent("Place", "南汇支线", "轨道交通南汇支线")
ent("Place", "沪渝蓉沿江铁路", "沪渝蓉沿江铁路上海段")
ent("Place", "沪通铁路", "沪通铁路二期")
ent("Place", "沪苏湖铁路", "沪苏湖铁路上海段")
ent("Place", "大芦线", "大芦线内河航道")
for lab in ["14号线", "18号线", "21号线", "23号线", "20号线", "13号线"]:
    ent("Place", lab, "轨道交通" + lab, optional=True)
# infrastructure and utilities
ent("Place", "竹园-白龙港污水连通管", optional=True)
ent("Place", "竹园-石洞口连通管", optional=True)
ent("Place", "白龙港-海滨连通管", optional=True)
ent("Place", "白龙港三期污水厂", "白龙港", optional=True)
ent("Place", "老港湿垃圾二期", "老港", optional=True)
ent("Place", "闵行燃机", optional=True)
# culture
ent("Place", "中共一大纪念馆")
ent("Place", "中共一大、二大、四大纪念馆景区", optional=True)
ent("Place", "上海图书馆东馆", "上海图书馆")
ent("Place", "天文馆", "上海天文馆")
ent("Place", "上海博物馆东馆", "上海博物馆")
ent("Place", "大歌剧院", "上海大歌剧院")
# people
ent("Person", "龚正", "龚 正")  # 上海市市长
ent("Person", "习近平", "习近平同志", "习近平总书记")
# government and party bodies
ent("Organization", "上海市人民政府", "市政府", "本届政府")
ent("Organization", "中共上海市委", "市委", "上海市委")
ent("Organization", "上海市人民代表大会", "市人大")
ent("Organization", "上海市人大常委会", "市人大常委会")
ent("Organization", "上海市政协", "市政协")
ent("Organization", "党中央", "中共中央")
ent("Organization", "国务院")
ent("Organization", "市空港管理委员会", "空港管理委员会")
ent("Organization", "中国共产党", optional=True)
ent("Organization", "港口防疫专班", optional=True)
# companies, exchanges, institutions
ent("Organization", "上海国有资本投资平台公司")
ent("Organization", "股交中心", "上海股权托管交易中心")
ent("Organization", "联交所", "上海联合产权交易所")
ent("Organization", "中国船舶集团")
ent("Organization", "中国电气装备集团")
ent("Organization", "长三角国家技术创新中心", "长三角技术创新中心")
ent("Organization", "上海数据交易所")
ent("Organization", "华东政法大学")
ent("Organization", "联合国教科文组织")
ent("Organization", "华为青浦研发中心", "华为")
ent("Organization", "上海国有资本投资母基金", optional=True)
ent("Organization", "国家中小企业发展子基金", optional=True)
ent("Organization", "上海交易团", optional=True)
ent("Organization", "国家实验室", "在沪国家实验室", optional=True)
ent("Organization", "数字医学创新中心", optional=True)
ent("Organization", "全国性大宗商品仓单注册登记中心", optional=True)
for lab in ["工会", "共青团", "妇联", "工商联", "民主党派", "人民解放军", "武警", "国家医学中心"]:
    ent("Organization", lab, optional=True)
# events
ent("Event", "进博会", "进口博览会", "中国国际进口博览会", "第四届进口博览会", "第五届进口博览会")
ent("Event", "市十五届人大五次会议", "上海市第十五届人民代表大会第五次会议")
ent("Event", "党的二十大", "二十大")
ent("Event", "市第十二次党代表大会", "上海市第十二次党代表大会")
ent("Event", "党的十九大", "十九大")
ent("Event", "中央经济工作会议")
ent("Event", "十一届市委十二次全会")
ent("Event", "市委经济工作会议", optional=True)
ent("Event", "十九届历次全会", optional=True)
ent("Event", "中国共产党成立一百周年", optional=True)
ent("Event", "北外滩国际航运论坛", "首届北外滩国际航运论坛")
ent("Event", "五五购物节", "“五五购物节”")
ent("Event", "上海旅游节")
ent("Event", "中国花卉博览会", "第十届中国花卉博览会", "花博", "花博会")
ent("Event", "世界城市日中国主场活动", "世界城市日")
ent("Event", "赛艇公开赛", "首届赛艇公开赛", "上海赛艇公开赛")
ent("Event", "奥运会")
ent("Event", "全运会")
ent("Event", "冬奥会")
ent("Event", "亚运会")
ent("Event", "市运会", "第十七届市运会")
ent("Event", "世界技能大赛", "第四十六届世界技能大赛")
ent("Event", "虹桥国际经济论坛")
ent("Event", "中国国际文物艺术品交易博览会")
ent("Event", "城市推介大会", optional=True)
ent("Event", "烟花", "台风“烟花”", optional=True)
ent("Event", "居村委会换届选举", optional=True)
# programmes, policies, plans, named projects
for lab, *al in [
    ("“十四五”规划", "十四五规划", "十四五"), ("浦东社会主义现代化建设引领区", "社会主义现代化建设引领区", "引领区"),
    ("离岸通", "“离岸通”平台"), ("三大任务", "“三大任务”", "“三大任务、一大平台”"), ("浦江之光", "“浦江之光”行动"),
    ("科创板",), ("长三角一体化发展", "长三角一体化", "长三角区域一体化发展"), ("一网通办", "“一网通办”"),
    ("一网统管", "“一网统管”"), ("两张网", "“两张网”"), ("国家标准化发展纲要",), ("上海标准", "“上海标准”"),
    ("一网交易", "“一网交易”改革"), ("五个中心", "“五个中心”", "“五个中心”建设"), ("金融30条", "“金融30条”"),
    ("债券通“南向通”", "南向通", "债券通"), ("玉兰债", "“玉兰债”"), ("国际消费中心城市",),
    ("“上海号”中欧班列", "上海号", "中欧班列"), ("城市数字化转型", "数字化转型"), ("数据条例", "上海市数据条例"),
    ("五个新城", "五个新城建设", "新城"), ("乡村振兴战略", "乡村振兴"), ("美丽庭院", "“美丽庭院”"),
    ("民生实事",), ("沪十条", "“沪十条”"), ("沪七条", "“沪七条”"), ("沪惠保", "“沪惠保”"),
    ("一卡通", "居民服务“一卡通”"), ("双减", "“双减”"), ("双一流", "“双一流”"), ("碳达峰碳中和", "碳达峰", "碳中和"),
    ("环保三年行动计划", "第八轮环保三年行动计划"), ("污染防治攻坚战",), ("林长制",), ("一江一河", "“一江一河”"),
    ("扫黑除恶",), ("放管服", "“放管服”改革"), ("一业一证", "“一业一证”"), ("证照分离", "“证照分离”改革"),
    ("法治政府建设", "法治政府"), ("我为群众办实事", "“我为群众办实事”实践活动"), ("党史学习教育",),
    ("五型经济", "“五型经济”"), ("六稳", "“六稳”"), ("六保", "“六保”"), ("供给侧结构性改革",),
    ("长江经济带发展",), ("长江十年禁渔",), ("一带一路", "共建“一带一路”"), ("四大品牌", "“四大品牌”"),
    ("区域全面经济伙伴关系协定", "RCEP"), ("国企改革三年行动计划", "国企改革三年行动"), ("海聚英才", "“海聚英才”"),
    ("文旅通", "“文旅通”"), ("清洁空气行动计划", "第二轮清洁空气行动计划"), ("超低排放改造",),
    ("苏州河环境综合整治", "苏州河环境综合整治四期"), ("千园工程", "“千园工程”"), ("就业优先政策",),
    ("健康上海行动", "健康上海"), ("公共卫生20条", "“公共卫生20条”"), ("美丽家园", "“美丽家园”"),
    ("15分钟社区生活圈",), ("菜篮子", "“菜篮子”负责制"), ("美丽街区", "“美丽街区”"), ("平安上海",),
    ("中央八项规定", "八项规定"), ("全民健身计划", "全民健身"), ("阳光助残工程",),
    ("神舟十二号",), ("天和核心舱",), ("天问一号",)]:
    ent("Program", lab, *al)
for lab in ["市场准营承诺即入制", "生物医药研发用物品进口试点", "一司两地", "质量提升三年行动方案",
            "长三角一体化发展第一轮三年行动计划", "东西部协作", "对口支援", "四大功能", "上海方案", "全球资产管理中心",
            "国际绿色金融枢纽", "国际再保险中心", "碳中和债", "原油期权", "公募不动产投资信托基金", "亚太示范电子口岸网络",
            "资本市场金融科技创新试点", "数字人民币", "帮办", "一件事一次办", "三级平台、五级应用", "城市运行数字体征系统",
            "疫情防控管理大数据平台", "1+6+5", "农村人居环境优化工程", "农业高质量发展行动方案", "农村综合帮扶", "民心工程",
            "高峰高原学科", "全国碳排放权交易市场", "生活秀带", "政法队伍教育整顿", "优化营商环境4.0版",
            "政府购买服务负面清单", "两特四区一中心一样板一保障", "五大引领作用", "商事登记确认制", "综合改革试点",
            "放宽市场准入特别措施清单", "浦东新区法规", "长三角一体化发展规划“十四五”实施方案", "新一代人工智能算法创新行动",
            "产业基础再造工程", "燃料电池汽车示范应用", "国家重点实验室体系重组", "硬X射线", "海底科学观测网", "燃气轮机试验装置",
            "三大平台", "虹桥国际开放枢纽建设总体方案", "脱贫攻坚", "文旅消费试点", "新一轮技术改造计划", "优进优出",
            "国家特色服务出口基地", "制造业创新中心工程", "航运运价指数期货", "总部增能计划", "综合保税区",
            "促发展、保安全", "一企一方案", "区域性国资国企综合改革试验", "政会银企", "专精特新", "外商投资准入负面清单",
            "服务业扩大开放综合试点", "揭榜挂帅", "全面创新改革试验", "高价值知识产权培育工程", "知识产权强市", "新中考改革",
            "产教融合型城市建设试点", "人才揽蓄", "国家大众创业万众创新示范基地", "人才安居工程", "教育数字化转型试点",
            "便捷就医2.0版", "智慧菜场", "出行即服务", "三码合一", "为老服务一键通", "智慧公安", "新型基础设施建设三年行动方案",
            "信息安全示范工程", "一城一名园", "一城一中心", "一城一意象", "一城一枢纽", "碳达峰专项行动",
            "第三轮金山地区环境综合整治", "中央生态环保督察", "崇明世界级生态岛新一轮发展规划纲要", "公园城市",
            "职业技能提升", "基本养老保险全国统筹", "长护险", "儿童友好城市", "医保支付方式改革", "药品集中带量采购",
            "中医药传承创新发展行动", "粮食安全责任制", "乡村建设行动", "国家农村产业融合发展示范园",
            "农村宅基地改革试点", "红色资源传承弘扬和保护利用工程", "新时代文明实践中心", "市民艺术夜校", "浦江游览",
            "建筑可阅读", "文艺再攀高峰工程", "四方责任", "法治政府建设实施纲要", "营商环境创新试点", "告知承诺制", "一件事",
            "“12345”市民服务热线", "四责协同", "两个确立", "四个意识", "四个自信", "两个维护", "社会主义核心价值观",
            "新发展理念", "习近平新时代中国特色社会主义思想", "国际文化大都市", "世界著名旅游城市", "国际数字之都",
            "双拥", "全民国防教育", "外防输入、内防反弹", "四早五最", "落地不进境", "新冠疫苗接种"]:
    ent("Program", lab, optional=True)
# industries
for lab, *al in [("集成电路", "集成电路产业"), ("生物医药", "生物医药产业"), ("人工智能",), ("制造业",),
                 ("金融", "金融业"), ("航运",), ("新能源汽车",), ("旅游", "旅游业", "文旅"), ("房地产", "房地产市场"),
                 ("农业", "都市现代农业"), ("数字经济",), ("工业互联网",), ("先进制造业",), ("现代服务业",),
                 ("高端装备",), ("电子信息",), ("民用航空",), ("生命健康",), ("时尚消费品",), ("跨境电商",),
                 ("文创", "文创产业", "现代文创产业"), ("影视",), ("演艺",), ("体育产业", "体育")]:
    ent("Industry", lab, *al)
for lab in ["工业", "高端服务业", "高端船舶", "船舶海工", "空间信息", "智能汽车", "燃料电池汽车", "碳纤维", "先进材料",
            "海上风电", "光伏", "钢铁", "中医药", "电信", "医疗", "教育", "在线新经济", "离岸贸易", "服务贸易", "平台经济",
            "民营经济", "首发经济", "夜间经济", "免退税经济", "品牌经济", "基础软件", "工业软件", "安全软件", "大数据",
            "区块链", "数字农业", "种源农业", "5G", "林业", "电力", "能源", "冷链物流", "国际分拨", "市场采购", "保税维修",
            "养老", "托育", "慈善事业", "竞赛表演", "健身休闲"]:
    ent("Industry", lab, optional=True)

NEG = ["2021年", "2022年", "一百周年", "十五届", "五次会议", "“十四五”", "四早五最", "第四届", "第五届", "世界500强",
       "“三大任务、一大平台”", "一司两地", "“五个中心”", "“四大功能”", "1类新药", "神舟十二号", "天问一号", "金融30条",
       "千亿级", "首届", "连续12年", "14号线", "18号线", "21号线一期", "23号线一期", "20号线一期", "13号线西延伸",
       "投资10亿元以上", "四梁八柱", "5G", "双千兆", "两张网", "三级平台、五级应用", "1+6+5", "二级旧里", "沪十条",
       "沪七条", "5A级", "中共一大", "二大、四大", "第八轮", "国三", "三年行动计划", "第四轮", "第十届", "二期", "4.0版",
       "二十大", "第十二次", "十九大", "十一届市委十二次全会", "两个大局", "四个放在", "五型经济", "六稳", "六保",
       "两特四区一中心一样板一保障", "五大引领作用", "五个重要", "G60", "十年禁渔", "从0到1", "三大平台", "四大品牌",
       "政会银企", "四个面向", "五育", "便捷就医2.0版", "三码合一", "一城一名园", "第二轮", "第三轮", "四期",
       "公共卫生20条", "15分钟", "第十七届", "第四十六届", "四方责任", "两个确立", "四个意识", "四个自信", "两个维护",
       "12345", "四责协同", "八项规定", "第二个百年", "一期"]
gold = {"document": "data/corpus/local/shanghai-2022.txt", "period": 2021, "area": "上海|上海市",
        "entities": E, "observations": O,
        "not_values": {"note": "numbers inside names, dates, ordinals, line numbers, thresholds and slogans: "
                               "none may become an observation's value",
                       "strings": NEG, "values": [2021, 2022, 46, 18, 23, 21, 12345]}}
json.dump(gold, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "shanghai-2022.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(O), "observations,", sum(1 for o in O if not o.get("optional")), "required,",
      sum(1 for o in O if o.get("status") == "target" and not o.get("optional")), "required targets;",
      len(E), "entities,", sum(1 for e in E if not e.get("optional")), "required")
