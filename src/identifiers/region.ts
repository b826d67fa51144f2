/** A Kemendagri regency/city (kabupaten/kota) known to pbi-jk. */
export type Region = {
  /** Kemendagri code `PP.KK`, e.g. `35.20`. */
  code: string;
  /** Name without the "Kabupaten"/"Kota" prefix. */
  name: string;
  kind: 'kabupaten' | 'kota';
  province: { code: string; name: string };
};

/**
 * The regions of the five seed SOPs, from Kepmendagri 300.2.2-2138 Tahun 2025.
 * Other codes are still valid input: {@link parseRegionCode} reads any well-formed code.
 */
export const REGIONS: Readonly<Record<string, Region>> = {
  '33.03': {
    code: '33.03',
    name: 'Purbalingga',
    kind: 'kabupaten',
    province: { code: '33', name: 'Jawa Tengah' },
  },
  '35.20': {
    code: '35.20',
    name: 'Magetan',
    kind: 'kabupaten',
    province: { code: '35', name: 'Jawa Timur' },
  },
  '12.72': {
    code: '12.72',
    name: 'Pematangsiantar',
    kind: 'kota',
    province: { code: '12', name: 'Sumatera Utara' },
  },
  '73.02': {
    code: '73.02',
    name: 'Bulukumba',
    kind: 'kabupaten',
    province: { code: '73', name: 'Sulawesi Selatan' },
  },
  '32.05': {
    code: '32.05',
    name: 'Garut',
    kind: 'kabupaten',
    province: { code: '32', name: 'Jawa Barat' },
  },
};

/** A parsed region code: province and regency digits and whether it is a kabupaten or kota. */
export type RegionCode = {
  code: string;
  provinceCode: string;
  regencyDigits: string;
  /** Permendagri 58/2021: 01–69 kabupaten, 71–99 kota. */
  kind: 'kabupaten' | 'kota';
  /** The region's details when it is one pbi-jk knows. */
  known?: Region;
};

const REGION_CODE = /^(\d{2})\.(\d{2})$/;

/**
 * Reads a Kemendagri regency/city code `PP.KK`; `undefined` when malformed
 * (province 11–99, regency 01–69 or 71–99).
 *
 * @example parseRegionCode('12.72')?.kind // 'kota'
 */
export function parseRegionCode(code: string): RegionCode | undefined {
  const m = REGION_CODE.exec(code);
  if (!m) return undefined;
  const [, province = '', regency = ''] = m;
  const p = Number(province);
  const r = Number(regency);
  if (p < 11 || r < 1 || r === 70 || r > 99) return undefined;
  const known = REGIONS[code];
  return {
    code,
    provinceCode: province,
    regencyDigits: regency,
    kind: r >= 71 ? 'kota' : 'kabupaten',
    ...(known ? { known } : {}),
  };
}
