package cn.ecodispatch.cycle;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.ecodispatch.shared.NotFoundException;

public interface DispatchCycleRepository extends JpaRepository<DispatchCycle, Long> {

    Optional<DispatchCycle> findByPeriod(String period);

    default DispatchCycle require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("调度期不存在：" + id));
    }
}
