package cn.ecodispatch.dispatch;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findByCycle(DispatchCycle cycle);
}
