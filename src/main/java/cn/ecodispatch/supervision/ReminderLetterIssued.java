package cn.ecodispatch.supervision;

/**
 * A reminder letter (提示函) went out to a unit; published in the transaction that issued it.
 *
 * @param page the project page of the report or rectification the letter is about
 */
public record ReminderLetterIssued(long letterId, String letterNumber, String unitCode, String unitName,
        String content, String page) {
}
