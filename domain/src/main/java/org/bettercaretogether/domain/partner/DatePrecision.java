package org.bettercaretogether.domain.partner;

/** How much of a date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
