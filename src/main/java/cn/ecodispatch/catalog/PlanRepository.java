package cn.ecodispatch.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.shared.ReadWithoutFlush;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @ReadWithoutFlush
    Optional<Plan> findByCode(String code);
}
