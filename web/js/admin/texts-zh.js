// Chinese texts of the admin page (merged into i18n under "admin").
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  admin: {
    title: '用户与审计', users: '用户', username: '用户名', role: '角色', scope: '范围', state: '状态',
    actions: '操作', add: '新增用户', password: '初始密码（至少10位）', submit: '添加', added: '已添加 {name}',
    roles: { official: '领导/责任单位', planner: '规划人员', admin: '管理员' },
    scopeCity: '全市（不限镇街和园区）', scopeTownships: '镇街', scopePickPark: '指定园区（输入名称或编号查找）', scopeParks: '园区', scopeOnlyOfficials: '仅领导/责任单位可限定范围',
    scopesFailed: '镇街和园区列表加载失败：{reason}',
    cityWide: '全市', disabled: '已停用', active: '正常', you: '（本人）',
    disable: '停用', enable: '启用', resetPassword: '重置密码',
    confirmDisable: '确认停用 {name}？其登录会话将立即结束。', confirmYes: '确认停用', cancel: '取消',
    disabledNotice: '已停用 {name}。', undo: '撤销', enabledNotice: '已恢复启用 {name}。',
    passwordTitle: '为 {name} 设置新密码', passwordNew: '新密码（至少10位，不能包含用户名）',
    passwordSubmit: '设置新密码', passwordDone: '已为 {name} 设置新密码，其原有登录会话已全部结束。',
    audit: '审计日志', when: '时间', actor: '操作人', action: '操作', entity: '对象', old: '原值', new: '新值',
    auditActions: { add: '新增', disable: '停用', enable: '启用', reset_password: '重置密码' },
    auditEntities: { user: '用户' },
    notAdmin: '此页面仅供管理员使用。',
  },
});
