package cn.ecodispatch.dispatch;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.cycle.DispatchCycle;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findByCycle(DispatchCycle cycle);
}
