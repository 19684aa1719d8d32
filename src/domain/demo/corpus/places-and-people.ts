// Concrete nouns for the demo: cities, stores, car models, parts, people's names. Feedback that names
// a real-sounding store and model reads like a customer wrote it, and gives metadata to slice by.
// E-mail domains end in the reserved `.example` TLD: a demo must never be able to mail a stranger.

export interface DemoStore {
  zh: string;
  en: string;
  /** Experience centres sell, service centres repair, delivery centres hand over cars. */
  role: 'sales' | 'service' | 'delivery';
}

export interface DemoCity {
  en: string;
  zh: string;
  /** Relative number of customers; English speakers cluster in the first-tier cities. */
  weight: number;
  englishWeight: number;
  stores: DemoStore[];
}

const sales = (zh: string, en: string): DemoStore => ({ zh, en, role: 'sales' });
const service = (zh: string, en: string): DemoStore => ({ zh, en, role: 'service' });
const delivery = (zh: string, en: string): DemoStore => ({ zh, en, role: 'delivery' });

export const cities: DemoCity[] = [
  {
    en: 'Shanghai',
    zh: '上海',
    weight: 18,
    englishWeight: 35,
    stores: [
      sales('上海徐汇体验中心', 'Shanghai Xuhui Experience Centre'),
      sales('上海静安体验中心', 'Shanghai Jing’an Experience Centre'),
      delivery('上海浦东金桥交付中心', 'Shanghai Pudong Jinqiao Delivery Centre'),
      service('上海闵行服务中心', 'Shanghai Minhang Service Centre'),
    ],
  },
  {
    en: 'Beijing',
    zh: '北京',
    weight: 15,
    englishWeight: 22,
    stores: [
      sales('北京三里屯体验中心', 'Beijing Sanlitun Experience Centre'),
      delivery('北京顺义交付中心', 'Beijing Shunyi Delivery Centre'),
      service('北京亦庄服务中心', 'Beijing Yizhuang Service Centre'),
    ],
  },
  {
    en: 'Shenzhen',
    zh: '深圳',
    weight: 12,
    englishWeight: 18,
    stores: [sales('深圳南山体验中心', 'Shenzhen Nanshan Experience Centre'), service('深圳宝安服务中心', 'Shenzhen Bao’an Service Centre')],
  },
  { en: 'Guangzhou', zh: '广州', weight: 10, englishWeight: 12, stores: [sales('广州天河体验中心', 'Guangzhou Tianhe Experience Centre'), service('广州番禺服务中心', 'Guangzhou Panyu Service Centre')] },
  { en: 'Hangzhou', zh: '杭州', weight: 9, englishWeight: 5, stores: [sales('杭州滨江体验中心', 'Hangzhou Binjiang Experience Centre'), service('杭州萧山服务中心', 'Hangzhou Xiaoshan Service Centre')] },
  { en: 'Chengdu', zh: '成都', weight: 8, englishWeight: 3, stores: [sales('成都高新体验中心', 'Chengdu Hi-Tech Zone Experience Centre'), service('成都武侯服务中心', 'Chengdu Wuhou Service Centre')] },
  { en: 'Suzhou', zh: '苏州', weight: 7, englishWeight: 3, stores: [sales('苏州工业园区体验中心', 'Suzhou Industrial Park Experience Centre'), service('苏州吴中服务中心', 'Suzhou Wuzhong Service Centre')] },
  { en: 'Nanjing', zh: '南京', weight: 7, englishWeight: 1, stores: [sales('南京河西体验中心', 'Nanjing Hexi Experience Centre'), service('南京江宁服务中心', 'Nanjing Jiangning Service Centre')] },
  { en: 'Wuhan', zh: '武汉', weight: 7, englishWeight: 1, stores: [sales('武汉光谷体验中心', 'Wuhan Optics Valley Experience Centre'), service('武汉汉阳服务中心', 'Wuhan Hanyang Service Centre')] },
  { en: "Xi'an", zh: '西安', weight: 5, englishWeight: 0.5, stores: [sales('西安曲江体验中心', "Xi'an Qujiang Experience Centre"), service('西安高新服务中心', "Xi'an Hi-Tech Service Centre")] },
];

/** The store a customer deals with for a role; cities without a delivery centre hand over in the showroom. */
export function storeOfCity(city: DemoCity, role: DemoStore['role'], pickAmong: (stores: DemoStore[]) => DemoStore): DemoStore {
  const matching = city.stores.filter((store) => store.role === role);
  return pickAmong(matching.length > 0 ? matching : city.stores.filter((store) => store.role === 'sales'));
}

export interface DemoModel {
  name: string;
  zh: string;
  weight: number;
  /** Typical price in yuan, for deposits, vouchers and fees that fit the car. */
  price: number;
}

export const carModels: DemoModel[] = [
  { name: 'Aurora S7', zh: '极光S7', weight: 35, price: 259_800 },
  { name: 'Aurora X5', zh: '极光X5', weight: 30, price: 329_800 },
  { name: 'Aurora E3', zh: '极光E3', weight: 25, price: 159_800 },
  { name: 'Aurora M9', zh: '极光M9', weight: 10, price: 429_800 },
];

/** Surname and given-name syllables with their pinyin, so Chinese customers get matching e-mails. */
export const chineseSurnames: ReadonlyArray<readonly [string, string]> = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
  ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'],
  ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['沈', 'shen'],
];

export const chineseGivenNames: ReadonlyArray<readonly [string, string]> = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['洋', 'yang'],
  ['艳', 'yan'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'],
  ['浩然', 'haoran'], ['子涵', 'zihan'], ['欣怡', 'xinyi'], ['宇轩', 'yuxuan'], ['梓萱', 'zixuan'],
  ['思远', 'siyuan'], ['嘉怡', 'jiayi'], ['俊杰', 'junjie'], ['雨桐', 'yutong'], ['博文', 'bowen'],
  ['佳琪', 'jiaqi'], ['一鸣', 'yiming'], ['晓东', 'xiaodong'], ['丽华', 'lihua'], ['建国', 'jianguo'],
  ['文博', 'wenbo'], ['海燕', 'haiyan'], ['志强', 'zhiqiang'], ['婷婷', 'tingting'], ['晨', 'chen'],
];

export const englishFirstNames = [
  'Emily', 'James', 'Olivia', 'Daniel', 'Sophie', 'Michael', 'Chloe', 'Thomas', 'Hannah', 'Lucas', 'Anna',
  'David', 'Laura', 'Ryan', 'Grace', 'Mark', 'Julia', 'Ben', 'Natalie', 'Oliver', 'Priya', 'Kenji', 'Sara',
  'Marco', 'Elena', 'Kevin', 'Jessica', 'Aisha', 'Tom', 'Claire',
];

export const englishLastNames = [
  'Carter', 'Smith', 'Johnson', 'Brown', 'Wilson', 'Taylor', 'Anderson', 'Thompson', 'Martin', 'Garcia',
  'Rossi', 'Schmidt', 'Dubois', 'Novak', 'Kim', 'Tanaka', 'Patel', 'Nguyen', 'Lee', 'Walker', 'Hughes',
  'Evans', 'Fischer', 'Murphy', 'Wong', 'Clarke', 'Moreau', 'Bauer',
];

export const chineseEmailDomains = ['qq.example', '163.example', '126.example', 'sina.example', 'foxmail.example'];
export const englishEmailDomains = ['gmail.example', 'outlook.example', 'icloud.example', 'yahoo.example', 'proton.example'];

/** How a customer refers to the person who served them, by who serves at that moment. */
export const staffNames = {
  sales: {
    zh: ['销售顾问小李', '顾问小王', '陈经理', '张顾问', '店长', '交付专员小林'],
    en: ['Kevin, the sales advisor,', 'Lily at the front desk', 'Mr. Chen', 'Jason, our advisor,', 'the store manager', 'Amy from the delivery team'],
  },
  service: {
    zh: ['服务顾问小周', '刘师傅', '技师老陈', '售后经理', '服务顾问小吴'],
    en: ['the service advisor', 'the technician', 'Mr. Liu, the technician,', 'the after-sales manager', 'Vivian, the service advisor,'],
  },
  care: {
    zh: ['客服小王', '客服专员', '工号1024的客服', '在线客服小美'],
    en: ['the agent', 'the customer service agent', 'Agent 1024', 'the support agent'],
  },
  shop: {
    zh: ['店员小张', '商城客服', '门店的小姐姐'],
    en: ['the shop assistant', 'the shop support team', 'the lady at the counter'],
  },
};
export type StaffRole = keyof typeof staffNames;

export const carParts = {
  zh: ['刹车片', '空调', '车机屏幕', '天窗', '充电口', '胎压传感器', '雨刮', '后视镜', '门把手', '减震'],
  en: ['brake pads', 'air conditioning', 'infotainment screen', 'sunroof', 'charging port', 'tyre pressure sensor', 'wipers', 'wing mirror', 'door handle', 'suspension'],
};

export const accessories = {
  zh: ['全包围脚垫', '车顶行李架', '家用充电桩', '车衣', '儿童安全座椅', '后备箱垫', '车载冰箱', '定制钥匙扣'],
  en: ['set of floor mats', 'roof rack', 'home charger', 'car cover', 'child seat', 'boot liner', 'car fridge', 'key fob cover'],
};

/** Where people post about cars in China; Dianping only for places you walk into. */
export interface DemoPlatform {
  zh: string;
  en: string;
}
export const socialPlatforms: DemoPlatform[] = [
  { zh: '微博', en: 'Weibo' },
  { zh: '小红书', en: 'Xiaohongshu' },
  { zh: '抖音', en: 'Douyin' },
  { zh: '汽车之家', en: 'Autohome' },
  { zh: '懂车帝', en: 'Dongchedi' },
];
export const storeReviewPlatform: DemoPlatform = { zh: '大众点评', en: 'Dianping' };

export const socialHandleParts = {
  zh: {
    head: ['极光车主', 'S7车主', '爱车的', '奶爸', '新手司机', '周末兜风', '程序员', '上海打工人', '电车党', '小鹿'],
    tail: ['小陈', '老王', 'Jerry', '阿May', '的日常', '同学', '本人', '在路上'],
  },
  en: {
    head: ['shanghai_', 'expat', 'ev', 'daily', 'road', 'city', 'weekend', 'life_in_'],
    tail: ['driver', 'life', 'dad', 'notes', 'miles', 'china', 'wheels', 'mum'],
  },
};
