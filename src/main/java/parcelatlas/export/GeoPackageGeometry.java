package parcelatlas.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * A GeoPackage geometry blob (OGC 12-128r18, 2.1.3): magic "GP", version 0, flags (little-endian,
 * envelope [minx, maxx, miny, maxy]), the SRS id, the envelope, then standard little-endian WKB.
 */
final class GeoPackageGeometry {
  private static final byte FLAGS = 0b0000_0011; // envelope type 1, little-endian
  private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);

  byte[] encode(Geometry geometry, int srsId) {
    byte[] body = wkb.write(geometry);
    Envelope e = geometry.getEnvelopeInternal();
    ByteBuffer out = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 'G').put((byte) 'P').put((byte) 0).put(FLAGS).putInt(srsId);
    out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    out.put(body);
    return out.array();
  }
}
