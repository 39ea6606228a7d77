/**
 * Staff accounts: users with a role (official, planner, admin) and an optional township or park
 * scope, bcrypt password hashes, database-backed sessions with a CSRF token each, and throttled
 * sign-in. Anonymous visitors are investors: {@link parcelatlas.accounts.Viewer#ANONYMOUS}.
 */
package parcelatlas.accounts;
