package cn.ecodispatch.catalog;

/** Chinese numerals for headings such as （一） … （十二）. */
final class ChineseNumerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 0 || n >= 100) {
            throw new IllegalArgumentException("超出范围的序号: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
    }
}
