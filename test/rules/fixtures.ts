/**
 * Case builders for the rule tables: a complete, eligible application per service and region,
 * changed field by field with `patch`. Every input still goes through the real CaseInput schema.
 */

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };
/** A deep patch: objects merge, `undefined` removes a field, anything else replaces. */
export type Patch = { [k: string]: Json | Patch | undefined };

/** Applies a deep patch to a plain JSON value, returning a new value. */
export function patch<T>(base: T, changes: Patch): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else if (
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      typeof out[k] === 'object' &&
      out[k] !== null &&
      !Array.isArray(out[k])
    ) {
      out[k] = patch(out[k], v as Patch);
    } else out[k] = v;
  }
  return out as T;
}

/** Region code → NIK prefix (province, regency, kecamatan 01) and a village/district of it. */
const PLACES: Record<
  string,
  { prefix: string; village: string; district: string; birthPlace: string }
> = {
  '33.03': {
    prefix: '330301',
    village: 'Kalimanah Wetan',
    district: 'Kalimanah',
    birthPlace: 'Purbalingga',
  },
  '35.20': { prefix: '352001', village: 'Selosari', district: 'Magetan', birthPlace: 'Magetan' },
  '12.72': {
    prefix: '127201',
    village: 'Bantan',
    district: 'Siantar Timur',
    birthPlace: 'Pematangsiantar',
  },
  '73.02': { prefix: '730201', village: 'Caile', district: 'Ujung Bulu', birthPlace: 'Bulukumba' },
  '32.05': { prefix: '320501', village: 'Sukamentri', district: 'Garut Kota', birthPlace: 'Garut' },
  '33.04': { prefix: '330401', village: 'Sokaraja', district: 'Banyumas', birthPlace: 'Banyumas' },
};

/** The applicant Siti Aminah (born 5 August 1990, P) living in `regencyCode`. */
export function applicant(regencyCode = '33.03') {
  const place = PLACES[regencyCode];
  if (!place) throw new Error(`no fixture place for ${regencyCode}`);
  return {
    nik: `${place.prefix}4508900001`,
    kk: `${place.prefix}0101090001`,
    name: 'Siti Aminah',
    birthPlace: place.birthPlace,
    birthDate: '1990-08-05',
    sex: 'P',
    address: {
      street: 'Jl. Mawar 3',
      rt: '002',
      rw: '001',
      village: place.village,
      district: place.district,
      regencyCode,
    },
    phone: '081234567890',
  };
}

/** A reactivation that passes every national rule under Permensos 3/2026 (received 2 March 2026). */
export function reaktivasi(regencyCode = '33.03', changes: Patch = {}) {
  return patch(
    {
      service: 'reaktivasi',
      receivedOn: '2026-03-02',
      applicant: applicant(regencyCode),
      membership: {
        cardNumber: '0001234567890',
        segment: 'PBI-APBN',
        status: 'nonaktif',
        // Outside the two mass-deactivation waves, so the wave warning is tested where it belongs.
        deactivatedOn: '2025-12-15',
        inBpjsRoster: true,
      },
      welfare: { dtks: true, dtsen: { registered: true, desil: 3 }, verifiedPoor: false },
      health: { needsCare: true, condition: 'chronic' },
      documents: ['ktp', 'kk', 'kartu-jkn', 'surat-keterangan-faskes', 'surat-status-kepesertaan'],
    },
    changes,
  );
}

/** A new registration that passes every national rule (received 2 March 2026). */
export function pendaftaran(regencyCode = '12.72', changes: Patch = {}) {
  return patch(
    {
      service: 'pendaftaran',
      receivedOn: '2026-03-02',
      applicant: applicant(regencyCode),
      welfare: { dtks: true, dtsen: { registered: true, desil: 2 } },
      verification: { dukcapilMatch: true, duplicateMembership: false },
      documents: ['ktp', 'kk', 'sktm'],
    },
    changes,
  );
}

/** A transfer from self-paying (PBPU) to PBI that passes every national rule (received 2 March 2026). */
export function pengalihan(regencyCode = '12.72', changes: Patch = {}) {
  return patch(
    {
      service: 'pengalihan',
      receivedOn: '2026-03-02',
      applicant: applicant(regencyCode),
      membership: { cardNumber: '0009876543210', segment: 'PBPU', status: 'aktif' },
      welfare: { dtks: true, dtsen: { registered: true, desil: 4 } },
      verification: { dukcapilMatch: true, duplicateMembership: false },
      documents: ['ktp', 'kk', { kind: 'surat-pernyataan-tidak-mampu-bayar', stamped: true }],
    },
    changes,
  );
}
