package cn.ecodispatch.dispatch;

import cn.ecodispatch.shared.ConflictException;
import cn.ecodispatch.shared.Period;

/** A month can have one dispatch cycle only. */
public class DuplicateCycleException extends ConflictException {

    public DuplicateCycleException(Period period) {
        super(period.label() + "的月度调度已经开启，同一月份不能重复开启");
    }
}
