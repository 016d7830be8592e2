import { describe, expect, test } from 'vitest'
import { speakerOf } from '../../../tests/support/suggestedSpeakers'

describe('a source’s account (“Según el sumario, …”) and the sentence’s own subject', () => {
  test('“Según el sumario, Koldo García se refería … En un mensaje, escribió”: the one the sentence is about goes on writing, not the document', () => {
    const text = [
      'Caso Koldo',
      'Según el sumario, Koldo García se refería a José Luis Ábalos como «el uno» en sus conversaciones. En un mensaje enviado en 2020, escribió: «Esto lo arreglo yo con el jefe, no te preocupes».'
    ].join('\n\n')
    expect(speakerOf(text, 'Esto lo arreglo yo')).toBe('Koldo García')
  })

  test('“Según la Policía Local, el fuego comenzó … «…», añadió”: with no one named as the subject, the source goes on', () => {
    const text = [
      'Incendio en Vigo',
      'Según la Policía Local, el fuego comenzó de madrugada en la cocina de un piso de la calle Urzaiz, «en una sartén olvidada al fuego».',
      '«No hubo heridos, pero el edificio ha sido desalojado», añadió.'
    ].join('\n\n')
    expect(speakerOf(text, 'No hubo heridos')).toBe('Policía Local')
  })
})

test('“según los detalles este tendría relación con «…»”: the source ends before the demonstrative that opens the next subject', () => {
  const text = [
    'Contrato del FBI',
    'La empresa confirmó que trabaja con el FBI, pero no quiso dar detalles.',
    'Sin embargo, según los detalles este tendría relación con la «renovación del software para siete máquinas» en Chicago.'
  ].join('\n\n')
  expect(speakerOf(text, 'renovación del software')).toBe('los detalles')
})

test('“También para el diario quebequés Le Devoir, «…»”: a view given as someone’s after “También”, as after “Además”', () => {
  const text = [
    'Misandria',
    'El diario Libération escribió que el libro es «bastante menos vengativo que el Scum Manifesto».',
    'También para el diario quebequés Le Devoir, «si la autora se dice misándrica, su libro no lo es».'
  ].join('\n\n')
  expect(speakerOf(text, 'si la autora')).toBe('Le Devoir')
})

test('“De acuerdo con la compañía, el ProtoVax, cuyo desarrollo …, «…»”: one word with its article after the source opens the main clause; the company speaks', () => {
  const text = [
    'Vacuna',
    'La farmacéutica Helix Biotech pidió ayer la autorización de su vacuna ProtoVax.',
    'De acuerdo con la compañía, el ProtoVax, cuyo desarrollo ha sido financiado con fondos públicos, «es una combinación de dos proteínas».'
  ].join('\n\n')
  expect(speakerOf(text, 'es una combinación')).toBe('Helix Biotech')
})

test('“according to a memo obtained by The Washington Post”, “según un informe filtrado por …”: the writing, never the outlet that obtained it', () => {
  expect(speakerOf('Memo\n\n"The numbers are wrong," according to a memo obtained by The Washington Post.', 'The numbers are wrong')).toBe('a memo')
  expect(speakerOf('Informe\n\n«Las cifras no cuadran», según un informe filtrado por El Confidencial.', 'Las cifras no cuadran')).toBe('un informe')
})

test('“The disparity indicates there is “…,” according to the study”: a thing as the subject yields to the source named after, never the last person named', () => {
  const text = 'Crypto\n\nLee Baker, a planner, said friends matter.\n\nThe disparity indicates there is "a social element to crypto investing not evident in equities," according to the study.'
  expect(speakerOf(text, 'a social element')).toBe('the study')
  // (A person, "la directora", a woman’s noun for a role, stays the one who spoke: the source after names where the figure came from.)
  const es = 'VOA\n\nLa directora interina de la VOA, Yolanda López, visitó Caracas.\n\nLa directora interina resaltó que la clasificación de Venezuela “se encuentra entre las peores del mundo”, ocupando el puesto 159, según Reporteros Sin Fronteras.'
  expect(speakerOf(es, 'se encuentra entre')).toBe('Yolanda López')
})
