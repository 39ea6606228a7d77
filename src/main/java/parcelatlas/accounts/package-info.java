/**
 * Staff accounts: users with a role (official, planner, admin) and an optional township or park
 * scope, Argon2id password hashes (bcrypt ones from before upgraded at sign-in), password rules, database-backed sessions with a CSRF token each, and throttled
 * sign-in. Anonymous visitors are investors: {@link parcelatlas.accounts.Viewer#ANONYMOUS}.
 */
package parcelatlas.accounts;
