/** Parameters of the sensory encoders (part of the agent's one default parameter set). */
import * as z from 'zod';

export const SenseParams = z.strictObject({
  /** Spontaneous rate of every sensory unit (Hz). */
  baseRateHz: z.number().min(0).default(2),
  /** Rate of a unit at its preferred value (Hz). */
  maxRateHz: z.number().positive().default(60),
  /** Visual units per preferred value that see only one viewpoint (own hand from the self, or others' hands). */
  visualViewSpecificUnits: z.number().int().min(0).default(3),
  /**
   * Visual units per preferred value that see the hand from either viewpoint, for
   * coarse features (where the hand is relative to the object, contact, what happens
   * to the object, where the hand moves)…
   */
  visualSharedUnits: z.number().int().min(0).default(2),
  /**
   * …and for fine features of the hand's shape (grip posture, aperture, aperture
   * relative to the object), which look different from the actor's own viewpoint and
   * from outside: fewer units see them from both.
   */
  visualSharedFineUnits: z.number().int().min(0).default(1),
  /** Object-identity units per object kind. */
  objectUnits: z.number().int().min(1).default(4),
  /** Auditory units whose preferred acoustic profile lies near each kind of sound of the world. */
  auditoryUnits: z.number().int().min(1).default(8),
  /**
   * How far (per acoustic feature, SD) an auditory unit's preferred profile lies from the
   * sound it is drawn around: small against the tuning width, so a unit answers its own kind
   * of sound well and acoustically different sounds little.
   */
  auditoryScatter: z.number().min(0).default(0.1),
  /** Proprioceptive units per preferred value. */
  proprioUnits: z.number().int().min(1).default(3),
  /** Relative spread of the units' gains. */
  gainJitter: z.number().min(0).max(0.9).default(0.25),
});
export type SenseParams = z.infer<typeof SenseParams>;
