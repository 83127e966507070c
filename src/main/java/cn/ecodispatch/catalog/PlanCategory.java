package cn.ecodispatch.catalog;

import jakarta.persistence.Embeddable;

/** One of the plan's headings （一）…（六） that group the key tasks. */
@Embeddable
public class PlanCategory {

    private int number;
    private String title;

    protected PlanCategory() {
    }

    public PlanCategory(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    /** The heading as the plan prints it, e.g. （一）建立健全生态制度，完善生态考核机制. */
    public String getHeading() {
        return "（" + ChineseNumerals.of(number) + "）" + title;
    }
}
