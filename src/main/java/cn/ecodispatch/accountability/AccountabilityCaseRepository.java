package cn.ecodispatch.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.cycle.DispatchCycle;

public interface AccountabilityCaseRepository extends JpaRepository<AccountabilityCase, Long> {

    List<AccountabilityCase> findByUnitOrderById(Unit unit);

    List<AccountabilityCase> findByCycleOrderById(DispatchCycle cycle);

    /** The highest decision number given in the year, 0 before the first. */
    @Query("select coalesce(max(c.numberInYear), 0) from AccountabilityCase c where c.numberYear = :year")
    int lastNumberOf(int year);
}
