/** Limits on expensive work that hold across app nodes: slots in the database, per client. */
package parcelatlas.limits;
