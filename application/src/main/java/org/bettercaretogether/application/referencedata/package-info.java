/**
 * The Morecambe Bay reference data and its loader: the facts the service starts with, each marked with where
 * it comes from and whether it is confirmed.
 */
package org.bettercaretogether.application.referencedata;
