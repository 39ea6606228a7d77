/**
 * Leads (招商线索): investors' enquiries as park staff answer and track them, from {@code new} to a
 * signed deal or a reason for loss. {@link parcelatlas.leads.LeadStatus} is the one rule for which
 * moves are allowed; {@link parcelatlas.leads.LeadAccess} says who sees which park's leads;
 * {@link parcelatlas.leads.LeadInbox} reads them (with overdue flags and counts);
 * {@link parcelatlas.leads.LeadChanges} changes them, each change audited in {@code audit_log}.
 */
package parcelatlas.leads;
