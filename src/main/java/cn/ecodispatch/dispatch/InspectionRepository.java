package cn.ecodispatch.dispatch;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.cycle.DispatchCycle;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByCycleOrderById(DispatchCycle cycle);
}
