package cn.ecodispatch.bulletin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.ecodispatch.cycle.DispatchCycle;

public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    List<Bulletin> findAllByOrderByIdDesc();

    List<Bulletin> findByStatusOrderByIdDesc(Bulletin.Status status);

    List<Bulletin> findByCycleOrderByVersionNo(DispatchCycle cycle);

    Optional<Bulletin> findFirstByCorrectsAndStatus(Bulletin corrects, Bulletin.Status status);

    @Query("select coalesce(max(b.numberInYear), 0) from Bulletin b where b.numberYear = :year")
    int lastNumberOf(int year);
}
