package cn.ecodispatch.dispatch;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DispatchCycleRepository extends JpaRepository<DispatchCycle, Long> {

    Optional<DispatchCycle> findByPeriod(String period);

    /** Serialises the closing of a cycle's reports, so that exactly one of them sees the last one close. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DispatchCycle c where c.id = :id")
    DispatchCycle lockById(Long id);
}
