package org.kehu.platform.core.internal.demo;

import java.util.Arrays;
import java.util.Map;
import org.kehu.platform.api.ActivityType;

/** The words the demo customers are made of: places, names, companies and what happens between them. */
final class DemoWords {

    private DemoWords() {
    }

    /** Region | landline area code | pinyin | administrative division code; the first six are in Hubei. */
    static final String[][] CITIES = rows("湖北·武汉|027|wuhan|420100", "湖北·宜昌|0717|yichang|420500",
            "湖北·襄阳|0710|xiangyang|420600", "湖北·黄石|0714|huangshi|420200", "湖北·荆州|0716|jingzhou|421000",
            "湖北·孝感|0712|xiaogan|420900", "广东·深圳|0755|shenzhen|440300", "广东·广州|020|guangzhou|440100",
            "广东·东莞|0769|dongguan|441900", "上海|021|shanghai|310115", "北京|010|beijing|110108",
            "江苏·南京|025|nanjing|320100", "江苏·苏州|0512|suzhou|320500", "浙江·杭州|0571|hangzhou|330100",
            "浙江·宁波|0574|ningbo|330200", "四川·成都|028|chengdu|510100", "湖南·长沙|0731|changsha|430100",
            "河南·郑州|0371|zhengzhou|410100", "陕西·西安|029|xian|610100", "重庆|023|chongqing|500000",
            "安徽·合肥|0551|hefei|340100", "江西·南昌|0791|nanchang|360100", "山东·青岛|0532|qingdao|370200",
            "福建·厦门|0592|xiamen|350200");
    static final String[][] BRANDS = pairs("华新huaxin 鑫源xinyuan 宏达hongda 恒通hengtong 长江changjiang "
            + "中南zhongnan 金桥jinqiao 瑞丰ruifeng 天虹tianhong 楚天chutian 联创lianchuang 永安yongan 顺达shunda "
            + "安捷anjie 远航yuanhang 盛世shengshi 嘉禾jiahe 康泰kangtai 锦程jincheng 德胜desheng 富民fumin "
            + "泰和taihe 凯达kaida 晨光chenguang 万通wantong 九州jiuzhou 恒信hengxin 汇通huitong 金鼎jinding "
            + "明珠mingzhu 东方dongfang 华宇huayu 宏图hongtu 新兴xinxing 中天zhongtian 鸿运hongyun 兴旺xingwang "
            + "精工jinggong 正泰zhengtai 天成tiancheng 博远boyuan 海纳haina 诚信chengxin 广厦guangsha");
    static final String[][] INSTITUTIONS = pairs("第一人民医院dyrmyy 中心医院zxyy 中医医院zyyy "
            + "妇幼保健院fybjy 第一中学dyzx 实验小学syxx 职业技术学院zyjsxy 第三人民医院dsrmyy");
    /** Name templates per industry ({c} city, {b} brand) with the abbreviation used in the e-mail domain. */
    static final Map<String, String[][]> TEMPLATES = Map.of(
            "cement", rows("{c}{b}商砼有限公司|st", "{c}{b}建材有限公司|jc", "{b}混凝土({c})有限公司|hnt",
                    "{c}{b}建筑工程有限公司|jz", "{c}{b}管桩有限公司|gz", "{c}{b}预拌砂浆有限公司|sj", "{b}建设({c})搅拌站|jbz"),
            "real-estate", rows("{c}{b}置业有限公司|zy", "{b}物业服务({c})有限公司|wy", "{c}{b}房地产开发有限公司|fdc",
                    "{c}{b}商业管理有限公司|sy", "{c}{b}城市建设投资有限公司|ct"),
            "telecom", rows("{c}{b}物流集团有限公司|wl", "{c}{b}连锁酒店管理有限公司|jd", "{c}{b}商贸有限公司|sm",
                    "{c}{b}网络科技有限公司|kj", "{c}{b}教育咨询有限公司|jy"),
            "fuel-card", rows("{c}{b}运输车队|ys", "{c}{b}出租汽车有限公司|cz", "{c}{b}物流有限公司|wl",
                    "{c}{b}客运有限公司|ky", "{c}{b}渣土运输有限公司|zt", "{c}{b}冷链物流有限公司|ll"),
            "bank", rows("{c}{b}制造股份有限公司|zz", "{c}{b}电子科技有限公司|dz", "{c}{b}机械设备有限公司|jx",
                    "{c}{b}进出口贸易有限公司|my", "{c}{b}汽车零部件有限公司|qp", "{c}{b}生物医药股份有限公司|yy",
                    "{c}{b}纺织有限公司|fz"));
    static final String[] GROUPS = {"{b}控股集团有限公司", "{b}集团有限公司", "{p}{b}实业集团有限公司"};
    static final String[][] SURNAMES = pairs("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu "
            + "周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang "
            + "韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 蒋jiang 蔡cai 余yu 杜du 叶ye "
            + "程cheng 魏wei 熊xiong");
    static final String[][] MALE = pairs("建国jianguo 伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming "
            + "超chao 志强zhiqiang 海波haibo 晓东xiaodong 国华guohua 建华jianhua 文斌wenbin 俊杰junjie 宇航yuhang "
            + "浩然haoran 振华zhenhua 德明deming 立新lixin 红兵hongbing 卫东weidong");
    static final String[][] FEMALE = pairs("秀英xiuying 丽li 芳fang 敏min 静jing 娟juan 艳yan 玲ling 婷ting "
            + "雪梅xuemei 慧敏huimin 丽娟lijuan 晓燕xiaoyan 桂兰guilan 思雨siyu 欣怡xinyi 佳琪jiaqi 海燕haiyan 红霞hongxia");
    static final String[] TITLES = words("总经理 副总经理 采购经理 财务总监 办公室主任 项目经理 物资部经理 董事长助理 财务经理");
    static final Map<String, String> SPECIAL_TITLES = Map.of("telecom", "信息中心主任", "real-estate", "工程部经理",
            "fuel-card", "车队队长", "cement", "搅拌站站长", "bank", "财务部长");
    static final Map<String, String[]> OCCUPATIONS = Map.of("telecom", words("个体工商户 企业高管 自由职业"),
            "real-estate", words("企业高管 医生 教师 公务员"), "fuel-card", words("货车司机 出租车司机 个体运输户"),
            "cement", words("建筑包工头 个体建材经销商 工程师"), "bank", words("私营企业主 企业高管 退休干部"));
    static final Map<String, String[]> PRODUCTS = Map.of("telecom", words("互联网专线 5G专网 集团短号 云视讯"),
            "real-estate", words("写字楼租赁 物业服务 商铺招商 车位销售"), "fuel-card", words("车队加油卡 柴油直供 ETC联名卡 油品积分"),
            "cement", words("P.O42.5散装水泥 C30商品混凝土 P.C32.5袋装水泥 S95矿粉"),
            "bank", words("流动资金贷款 银行承兑汇票 代发工资 供应链融资"));
    /** Per activity type: subjects, contents and outcomes; {p} is a product of the industry. */
    static final Map<ActivityType, String[][]> ACTIVITY_TEXTS = Map.of(
            ActivityType.VISIT, new String[][] {{"上门拜访，洽谈{p}合作", "季度走访，了解{p}需求", "陪同分管领导拜访，商谈{p}年度框架协议"},
                {"与客户负责人会面，介绍了{p}的最新政策，客户关注价格和账期。", "实地查看客户现场，梳理明年{p}的用量计划。"},
                {"客户同意试用，下周提交正式方案", "已报价，等待客户内部审批", "签订年度合作协议"}},
            ActivityType.CALL, new String[][] {{"电话沟通{p}报价", "电话回访{p}使用情况", "电话确认{p}交付进度"},
                {"客户反馈整体满意，希望结算周期由月结改为季结。", "客户询问{p}的优惠政策，已说明本季度活动。"},
                {"已记录需求，周五前回复", "客户满意，无其他问题", "约定下月上门面谈"}},
            ActivityType.SERVICE, new String[][] {{"{p}现场支持", "{p}问题处理", "{p}对账与发票核对"},
                {"服务人员到现场核实并处理，当天完成。", "核对上月账单与发票，差异已向客户说明。"},
                {"问题已解决，客户签字确认", "已完成，客户满意"}},
            ActivityType.COMPLAINT, new String[][] {{"投诉：{p}交付延误", "投诉：{p}质量问题", "投诉：{p}账单有误"},
                {"客户来电反映{p}存在问题，影响正常经营，要求尽快处理并给出说明。"},
                {"已致歉并给予补偿，客户接受处理结果", "已转相关部门，三个工作日内回复"}},
            ActivityType.SUGGESTION, new String[][] {{"建议：优化{p}结算流程", "建议：增加{p}服务网点", "建议：开通{p}线上查询"},
                {"客户建议简化{p}的办理手续，并提供电子对账单。"},
                {"已反馈产品部门评估", "建议已采纳，计划下季度上线"}});
    static final String[] OWNERS = {"am1", "am2", "manager"};
    static final String[] MOBILE_PREFIXES = words("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 158 "
            + "159 177 180 186 187 188 189 199");
    static final String[] ROADS = words("人民路 解放大道 中山路 建设路 和平大道 长江路 新华路 胜利街 工业大道 科技园路 发展大道 创业路");
    static final String[] ZONES = {"经济技术开发区", "高新技术产业开发区", "临空港经济区", "", "", ""};
    static final String[] ESTATES = words("阳光花园 锦绣家园 翠湖天地 滨江苑 幸福里 金色港湾 书香门第");
    static final String[] CHURN_REASONS = words("价格竞争，转向竞争对手 项目结束，不再采购 企业经营困难，停止合作 "
            + "服务响应不及时，客户不满意 改由集团总部统一采购 企业搬迁至外省，超出服务范围");
    static final String[] WIN_BACK = words("客户年需求量大，竞争对手低价难以持续，值得挽回 客户新任负责人有合作意向，计划重新报价");
    static final String[] GIVE_UP = words("客户已与竞争对手签订三年合同，挽回成本过高 企业已停产，无后续需求");
    static final String[] HANDOVER_REASONS = words("客户经理岗位调整 销售区域重新划分 原客户经理离职");
    static final String[] PARTNER_NOTES = words("长期业务合作伙伴 联合投标合作 互相推荐客户 上下游供货合作");

    /**
     * Per industry, what the contracts are for: title | unit | lowest | highest unit price in yuan. Goods have a
     * unit, so that shipments can be counted against the contracted quantity; services have none.
     */
    static final Map<String, String[][]> CONTRACT_GOODS = Map.of(
            "cement", rows("P.O42.5散装水泥年度供货合同|吨|430|520", "C30商品混凝土供应合同|立方米|380|460",
                    "P.C32.5袋装水泥购销合同|吨|360|420", "S95矿粉供货合同|吨|260|320"),
            "fuel-card", rows("0号柴油直供合同|吨|7600|8400", "车用尿素及润滑油供货合同|吨|2600|3400", "车队加油卡年度服务协议"),
            "telecom", rows("互联网专线服务合同", "5G专网建设及运维服务合同", "集团短号及云视讯服务协议", "IDC机房托管服务合同"),
            "real-estate", rows("写字楼租赁合同", "物业服务委托合同", "商铺租赁合同"),
            "bank", rows("代发工资服务协议", "现金管理服务协议", "供应链融资服务协议"));
    /** Per industry: the yearly volume a customer buys (log-uniform between the two, in yuan) and the gross margin range in percent. */
    static final Map<String, int[]> VOLUMES = Map.of("cement", new int[] {300_000, 5_000_000, 10, 22},
            "fuel-card", new int[] {150_000, 2_500_000, 4, 10}, "telecom", new int[] {50_000, 800_000, 25, 45},
            "real-estate", new int[] {100_000, 2_000_000, 15, 35}, "bank", new int[] {50_000, 600_000, 35, 60});
    static final String[] RATING_REASONS = {"年度授信评审：合作年限长、回款及时，评为A级", "年度授信评审：回款基本及时，评为B级",
        "年度授信评审：合作时间较短或偶有逾期，评为C级", "年度授信评审：不予赊销，款到发货"};
    static final String[] WHITE_REASONS = words("连续两年按期回款，无违约记录 战略合作客户，信用良好 合作年限长，回款及时，资信优良");
    static final String[] GREY_REASONS = words("回款持续逾期，列入灰名单，暂停新增授信 逾期超过90天，限制赊销，现款提货");
    static final String BLACK_REASON = "长期拖欠货款且违约被解除合同，经多次催收无果，禁止赊销及新签合同";
    static final String[] BREACH_REASONS = words("未按合同约定期限支付货款，经催告后仍未履行 擅自将合同货物转售至约定区域以外");
    static final String[] TEMPORARY_REASONS = words("四季度施工旺季备货，临时增加额度 重点工程项目集中供货，临时授信");
    static final String[] BIG_PROJECTS = words("城市轨道交通工程 长江大桥引桥工程 国际机场改扩建工程 城市综合体项目");

    static String[] words(String text) {
        return text.split(" ");
    }

    static String[][] rows(String... rows) {
        return Arrays.stream(rows).map(r -> r.split("\\|")).toArray(String[][]::new);
    }

    /** Splits "王wang 李li" into {"王", "wang"}, {"李", "li"}. */
    static String[][] pairs(String text) {
        return Arrays.stream(words(text)).map(w -> w.split("(?=[a-z])", 2)).toArray(String[][]::new);
    }
}
