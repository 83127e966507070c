package cn.ecodispatch.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Unit;
import cn.ecodispatch.dispatch.DispatchCycle;

public interface AccountabilityCaseRepository extends JpaRepository<AccountabilityCase, Long> {

    List<AccountabilityCase> findByUnitOrderById(Unit unit);

    List<AccountabilityCase> findByCycleOrderById(DispatchCycle cycle);
}
