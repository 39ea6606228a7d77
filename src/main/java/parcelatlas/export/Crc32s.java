package parcelatlas.export;

/**
 * CRC-32 of two byte strings joined, from the CRC-32 of each and the second's length, without
 * the bytes (zlib's crc32_combine: appending n zero bytes is a linear map over GF(2), applied by
 * repeated squaring of its matrix, so O(log n)). Lets a file's header, known only at the end, be
 * put in front of a body whose CRC was taken as it was written.
 */
final class Crc32s {
  private static final long POLYNOMIAL = 0xEDB88320L;

  private Crc32s() {}

  /** The CRC-32 of A followed by B, given crc(A), crc(B) and B's length. */
  static long combine(long crcA, long crcB, long lengthB) {
    if (lengthB <= 0) {
      return crcA; // B is empty: its CRC is 0
    }
    long[] even = new long[32];
    long[] odd = new long[32];
    odd[0] = POLYNOMIAL; // the operator for one zero bit
    long row = 1;
    for (int n = 1; n < 32; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long crc = crcA;
    long n = lengthB;
    do { // one zero byte the first time round, then squared for each bit of the length
      square(even, odd);
      if ((n & 1) != 0) {
        crc = times(even, crc);
      }
      n >>= 1;
      if (n == 0) {
        break;
      }
      square(odd, even);
      if ((n & 1) != 0) {
        crc = times(odd, crc);
      }
      n >>= 1;
    } while (n != 0);
    return crc ^ crcB;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] result, long[] matrix) {
    for (int n = 0; n < 32; n++) {
      result[n] = times(matrix, matrix[n]);
    }
  }
}
