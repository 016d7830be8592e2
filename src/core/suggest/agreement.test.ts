import { describe, expect, test } from 'vitest'
import { pluralCue } from './agreement'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('a Spanish verb in the plural with its subject left out', () => {
  test('“Desde la campaña de Rosa Pardo emitieron un comunicado donde aseguran que: “…””: the campaign, not the candidate who spoke before', () => {
    const text = 'La campaña\n\n“Todo se ajustó al procedimiento establecido”, aseguró el candidato Luis Pardo en una carta al consejo electoral.\n\nDesde la campaña de Rosa Pardo emitieron un comunicado donde aseguran que: “ratifican su compromiso con los vecinos del departamento”.'
    expect(speakerOf(text, 'ratifican su compromiso')).toBe('la campaña de Rosa Pardo')
  })

  test('“Los artistas explicaron …” then “… agregaron que …: «…»”: the artists, never one person named before', () => {
    const text = 'La escultura\n\n“Es una obra difícil”, dijo la curadora Marta Ríos.\n\nLa obra de Ana Sun y Lía Peng causó polémica. Los artistas explicaron al diario que su intención era ilustrar la tensión entre el surrealismo y el realismo.\n\nEn la página web de las artistas agregaron que la escultura tiene que ver con su enfoque: "El ángel está tirado boca abajo en el piso; quizás durmiendo, quizás muerto".'
    expect(speakerOf(text, 'El ángel está tirado')).toBe('Los artistas')
  })

  test('“Paralelamente, desde el Departamento de Turismo confirmaron … En este sentido, apuntaron que «…»”: the department', () => {
    const text = 'Pasaporte sanitario\n\n“Es una herramienta europea”, dijo la presidenta Ursula Von der Leyen.\n\nParalelamente, desde el Departamento de Turismo confirmaron a la prensa que el pasaporte no facilitará traslados. En este sentido, apuntaron que no se contemplan “otros posibles usos a nivel nacional”.'
    expect(speakerOf(text, 'otros posibles usos')).toBe('Departamento de Turismo')
  })

  test('“Una vez conocida la jugada del oficialismo, desde JxC calificaron como una «…»”: the body, not the one named before', () => {
    const text = 'Sesión en Diputados\n\nEl Frente de Todos pidió la sesión para el jueves en el recinto de la Cámara baja. JxC había pedido otra para el miércoles.\n\nUna vez conocida la jugada del oficialismo, desde JxC calificaron como una “maniobra burda” destinada a desactivar la sesión especial opositora.'
    expect(speakerOf(text, 'maniobra burda')).toBe('JxC')
  })

  test('a verb in the singular still goes on with the one person who spoke', () => {
    const text = 'La escultura\n\n“Es una obra difícil”, dijo la curadora Marta Ríos. Los artistas explicaron al diario su intención.\n\n“Nadie la entendió al principio”, agregó Ríos. Y añadió: “Hoy es la más visitada del museo”.'
    expect(speakerOf(text, 'Hoy es la más visitada')).toBe('Marta Ríos')
  })

  test('reads the third person plural of speech verbs, and not nouns that end like one', () => {
    expect(['señalan', 'explicaron', 'agregaron', 'aseguraban', 'decían', 'insisten'].every(pluralCue)).toBe(true)
    expect(['dijo', 'señala', 'han', 'resumen', 'dictamen', 'según'].some(pluralCue)).toBe(false)
  })
})

test('“On Monday, hundreds of protesters converged on the capitol. “…,” they chanted”: the protesters, after a phrase of when, never the lawmaker quoted before', () => {
  const text = 'Capitol\n\n"You see the blood on your hands," Zephyr told her colleagues.\n\nOn Monday, hundreds of protesters converged on the capitol. "Let her speak," they chanted.'
  expect(speakerOf(text, 'Let her speak')).toBe('hundreds of protesters')
})

test('“En distintas entrevistas, los expertos en política consideraron … ¶ Aseguraron que … «…»”: the experts, after a phrase of where, never the one person named before', () => {
  const text = 'Elección mete en crisis a PRI, PAN y PRD: expertos\n\nPolitólogos coincidieron en que al PRI le pasó una "aplanadora" por encima, con la votación que alcanzó Andrés Manuel López Obrador.\n\nEn distintas entrevistas, los expertos en política consideraron que estos tres institutos deben entrar en una etapa de refundación.\n\nAseguraron que debe venir un ejercicio "muy duro" de autocrítica.'
  expect(speakerOf(text, 'muy duro')).toBe('los expertos en política')
})
