package cn.ecodispatch.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findAllByOrderByIdAsc();

    @Query("select u.id from Unit u where u.kind = :kind order by u.id")
    List<Long> findIdsByKind(UnitKind kind);
}
