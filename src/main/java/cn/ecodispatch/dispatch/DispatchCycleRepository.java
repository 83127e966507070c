package cn.ecodispatch.dispatch;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchCycleRepository extends JpaRepository<DispatchCycle, Long> {

    Optional<DispatchCycle> findByPeriod(String period);
}
