package cn.ecodispatch.accountability;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.catalog.Unit;

public interface AccountabilityCaseRepository extends JpaRepository<AccountabilityCase, Long> {

    List<AccountabilityCase> findByUnitOrderById(Unit unit);
}
