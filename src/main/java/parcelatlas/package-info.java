/**
 * Parcel Atlas: a map portal for industrial parks, land parcels, key projects and demolition
 * zones. {@link parcelatlas.App} is the entry point; the sub-packages follow the request path:
 * {@code cli} → {@code importer}/{@code web} → {@code features}/{@code storage}, with
 * {@code catalog}, {@code domain}, {@code geo} and {@code io} beneath them.
 */
package parcelatlas;
