package cn.quzhou.stations.application;

/**
 * The telephone formats the 申请书 accepts (bean validation patterns, so compile-time constants): a landline is an area
 * code of 3–4 digits from 0, an optional "-" or space, 7–8 digits and an optional extension after "-" or "转"
 * (0570-1234567, 05701234567, 0570-1234567-801); a mobile is 11 digits from 1. Blank passes: whether a box is
 * required is the completeness check's question, asked on submit.
 */
public final class PhoneNumbers {

    private static final String LANDLINE_NUMBER = "0\\d{2,3}[- ]?\\d{7,8}(?:(?:-|转)\\d{1,6})?";
    private static final String MOBILE_NUMBER = "1\\d{10}";
    private static final String ANY_NUMBER = "(?:" + MOBILE_NUMBER + "|" + LANDLINE_NUMBER + ")";

    /** A fax or office line: landline only. */
    public static final String LANDLINE = "^$|^" + LANDLINE_NUMBER + "$";

    /** A phone box that takes either a mobile or a landline. */
    public static final String PHONE = "^$|^" + ANY_NUMBER + "$";

    /** The society's 电话传真 box: one number, or a phone and a fax number separated by "/", "、" or a comma. */
    public static final String PHONE_AND_FAX = "^$|^" + ANY_NUMBER + "(?:\\s*[/、，,]\\s*" + ANY_NUMBER + ")?$";

    private PhoneNumbers() {
    }
}
