package parcelatlas.demo;

import org.locationtech.jts.geom.Point;
import parcelatlas.domain.ContextKind;

/** A generated location-context point (区位要素) of 青岚市, in EPSG:4527 metres. */
record DemoContextPoint(String code, String name, String nameEn, ContextKind kind, Point location) {}
