package cn.ecodispatch.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.cycle.DispatchCycle;

public interface SupervisionRecordRepository extends JpaRepository<SupervisionRecord, Long> {

    List<SupervisionRecord> findByCycleOrderById(DispatchCycle cycle);
}
