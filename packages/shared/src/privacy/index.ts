/**
 * 个人信息保护告知 (PIPL §14, §17): what the platform collects, why, who sees it and the member's
 * rights. A new version (change the text, bump the version) asks everyone to agree again.
 */
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const PRIVACY_NOTICE_TITLE = "智慧政协个人信息保护告知书";

export const PRIVACY_NOTICE_SECTIONS: { heading: string; text: string }[] = [
  {
    heading: "我们处理哪些个人信息",
    text: "为履行政协委员管理与服务职责，本平台处理您的姓名、性别、出生日期、民族、籍贯、学历、工作单位及职务、单位联系地址、手机号码、照片、届次任职信息，以及您在平台上提交的提案、社情民意、会议回执与签到、履职材料等记录。",
  },
  {
    heading: "用于什么目的",
    text: "上述信息仅用于委员信息管理、提案与社情民意办理、会议活动组织、履职登记与统计、通知送达等政协工作，不用于其他目的，不向第三方提供。",
  },
  {
    heading: "谁可以看到",
    text: "按岗位授权：委员工作部门可查看委员档案；其他委员在通讯录中只能看到您的姓名、单位职务、界别党派和掩码后的手机号码。查看完整手机号码、导出名单等操作均需专门授权，并记录在审计日志中。",
  },
  {
    heading: "如何保护",
    text: "手机号码等敏感信息加密存储；数据存放于境内服务器，按等级保护三级要求实施访问控制、审计与备份；导出文件标注导出人和时间。",
  },
  {
    heading: "您的权利",
    text: "您可以在“我的档案”中查阅本人信息并申请更正；如对个人信息处理有疑问或投诉，请联系本委员会办公室。不同意本告知书的，将无法使用委员端，但不影响您依法履行委员职责的其他途径。",
  },
];
