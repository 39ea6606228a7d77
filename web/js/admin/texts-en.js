// English texts of the admin page (merged into i18n under "admin").
import { extendTexts } from '../i18n.js';

extendTexts('en', {
  admin: {
    title: 'Users and audit', users: 'Users', username: 'User name', role: 'Role', scope: 'Scope', state: 'State',
    actions: 'Actions', add: 'Add a user', password: 'Initial password (10+ characters)', submit: 'Add',
    added: 'Added {name}',
    roles: { official: 'Official', planner: 'Planner', admin: 'Administrator' },
    scopeCity: 'City-wide (no township or park)', scopeTownships: 'Townships', scopePickPark: 'A park (type its name or code)', scopeParks: 'Parks',
    scopeOnlyOfficials: 'Only officials have a scope', scopesFailed: 'Could not load the townships and parks: {reason}',
    cityWide: 'City-wide', disabled: 'Disabled', active: 'Active', you: ' (you)',
    disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password',
    confirmDisable: 'Disable {name}? Their sessions end at once.', confirmYes: 'Disable', cancel: 'Cancel',
    disabledNotice: '{name} is disabled.', undo: 'Undo', enabledNotice: '{name} is enabled again.',
    passwordTitle: 'A new password for {name}', passwordNew: 'New password (10+ characters, not containing the user name)',
    passwordSubmit: 'Set the password', passwordDone: '{name} has a new password; all their sessions have ended.',
    audit: 'Audit log', when: 'When', actor: 'Who', action: 'Action', entity: 'What', old: 'Old value', new: 'New value',
    auditActions: { add: 'add', disable: 'disable', enable: 'enable', reset_password: 'password reset' },
    auditEntities: { user: 'user' },
    notAdmin: 'This page is for administrators.',
  },
});
