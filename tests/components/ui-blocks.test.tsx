import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { primaryButtonClass } from '@/components/ui/action'
import { Button, buttonClass } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

describe('the UI building blocks', () => {
  it('Field names its control and describes it with the error first, then the hint', () => {
    const { rerender } = render(
      <Field label="Price" hint="In yuan per hour." error="Required.">
        {(control) => <Input {...control} />}
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Price' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Required. In yuan per hour.')
    expect(screen.getByRole('alert')).toHaveTextContent('Required.')

    rerender(
      <Field label="Price" hint="In yuan per hour.">
        {(control) => <Input {...control} />}
      </Field>,
    )
    expect(input).toHaveAttribute('aria-invalid', 'false')
    expect(input).toHaveAccessibleDescription('In yuan per hour.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('Field need not announce an error when the form moves focus to it', () => {
    render(
      <Field label="Key" error="Required." announce={false}>
        {(control) => <Input {...control} />}
      </Field>,
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Key' })).toHaveAccessibleDescription('Required.')
  })

  it('Checkbox is named by its label and described by its hint', () => {
    render(<Checkbox label="Remember" hint="Stored unencrypted." />)
    expect(screen.getByRole('checkbox', { name: 'Remember' })).toHaveAccessibleDescription(
      'Stored unencrypted.',
    )
  })

  it('Button never submits by accident, and the first visit draws the same primary button', () => {
    render(
      <form>
        <Button>Go</Button>
      </form>,
    )
    expect(screen.getByRole('button', { name: 'Go' })).toHaveAttribute('type', 'button')
    const classes = (text: string) => text.split(' ').sort()
    expect(classes(primaryButtonClass)).toEqual(classes(buttonClass('primary')))
  })
})
