package cn.ecodispatch.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyTaskRepository extends JpaRepository<KeyTask, Long> {

    List<KeyTask> findByPlanOrderByNumber(Plan plan);

    Optional<KeyTask> findByPlanAndNumber(Plan plan, int number);
}
