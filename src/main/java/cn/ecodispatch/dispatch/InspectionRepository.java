package cn.ecodispatch.dispatch;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByCycleOrderById(DispatchCycle cycle);
}
