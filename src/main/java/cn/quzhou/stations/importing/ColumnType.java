package cn.quzhou.stations.importing;

/** What a column holds; the framework checks a cell against it before any kind-specific rule runs. */
public enum ColumnType {
    /** Free text, at most the column's length. */
    TEXT,
    /** One of the allowed values (a drop-down in the template). */
    CHOICE,
    /** Several allowed values separated by 、 or a comma (a drop-down that also accepts typed lists). */
    CHOICES,
    /** 统一社会信用代码, format and check character (GB 32100-2015). */
    CREDIT_CODE,
    /** A mobile (11 digits) or a landline with area code. */
    PHONE,
    EMAIL,
    /** A date cell, or text as 2026-01-31. */
    DATE,
    /** Six digits. */
    POSTCODE,
    /** Letters, digits, dot, underscore or hyphen. */
    USERNAME,
    /** A year of four digits (2021). */
    YEAR,
    /** A sum of money in yuan: positive, at most two decimals. */
    AMOUNT,
    /** A score: zero or more, at most two decimals. */
    SCORE
}
