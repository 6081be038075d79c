/* eslint-disable */
// @ts-nocheck
/**
 * Generated from schema/data-document.schema.json by scripts/generate-structure-validator.mjs:
 * do not edit. `validate(data)` returns true or false and leaves Ajv error objects in `validate.errors`;
 * `validateCourse(course, instancePath)` does the same for one item of `courses`, and `MAX_COURSES` is
 * the most items `courses` may have, `PROPERTIES_AFTER_COURSES` the properties `validate` checks after it;
 * `PATTERN_PROBLEMS` names the problem code for each `pattern` of the schema.
 */
export const validate = validate21;
export default validate21;
const schema6 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://lp-elements.example/schema/data-document.schema.json',
  type: 'object',
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    $schema: { type: 'string', maxLength: 2048 },
    $comment: { type: 'string', maxLength: 20000 },
    lang: { $ref: 'https://lp-elements.example/schema/definitions/languageTag' },
    title: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    frameworks: {
      type: 'array',
      maxItems: 100,
      items: { $ref: 'https://lp-elements.example/schema/definitions/framework' },
    },
    profiles: {
      type: 'array',
      maxItems: 20000,
      items: { $ref: 'https://lp-elements.example/schema/definitions/profile' },
    },
    courses: {
      type: 'array',
      maxItems: 50000,
      items: { $ref: 'https://lp-elements.example/schema/definitions/course' },
    },
    tracks: { type: 'array', maxItems: 100, items: { $ref: 'https://lp-elements.example/schema/definitions/track' } },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp('^x-', 'u');
const schema7 = {
  $id: 'https://lp-elements.example/schema/definitions/languageTag',
  type: 'string',
  maxLength: 35,
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
};
const pattern1 = new RegExp('^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', 'u');
function validate22(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/languageTag" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 35) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 35 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern1.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema8 = {
  $id: 'https://lp-elements.example/schema/definitions/shortText',
  type: ['string', 'object'],
  minLength: 1,
  maxLength: 500,
  minProperties: 1,
  maxProperties: 100,
  propertyNames: { $ref: 'https://lp-elements.example/schema/definitions/languageTag' },
  additionalProperties: { type: 'string', maxLength: 500 },
};
function validate24(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/shortText" */ let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: schema8.type } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === 'string') {
    if (data.length > 500) {
      const err1 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 500 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.length < 1) {
      const err2 = { instancePath, schemaPath: '#/minLength', keyword: 'minLength', params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length > 100) {
      const err3 = { instancePath, schemaPath: '#/maxProperties', keyword: 'maxProperties', params: { limit: 100 } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err4 = { instancePath, schemaPath: '#/minProperties', keyword: 'minProperties', params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (!validate22(key0, instancePath)) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err5 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 === 'string') {
        if (data0.length > 500) {
          const err6 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
const schema9 = {
  $id: 'https://lp-elements.example/schema/definitions/longText',
  type: ['string', 'object'],
  maxLength: 20000,
  minProperties: 1,
  maxProperties: 100,
  propertyNames: { $ref: 'https://lp-elements.example/schema/definitions/languageTag' },
  additionalProperties: { type: 'string', maxLength: 20000 },
};
function validate27(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/longText" */ let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string' && !(data && typeof data == 'object' && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: schema9.type } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === 'string') {
    if (data.length > 20000) {
      const err1 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 20000 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length > 100) {
      const err2 = { instancePath, schemaPath: '#/maxProperties', keyword: 'maxProperties', params: { limit: 100 } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (Object.keys(data).length < 1) {
      const err3 = { instancePath, schemaPath: '#/minProperties', keyword: 'minProperties', params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (!validate22(key0, instancePath)) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err4 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (typeof data0 === 'string') {
        if (data0.length > 20000) {
          const err5 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/maxLength',
            keyword: 'maxLength',
            params: { limit: 20000 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
const schema10 = {
  $id: 'https://lp-elements.example/schema/definitions/framework',
  type: 'object',
  required: ['id', 'name', 'scale', 'skills'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    version: { type: 'string', maxLength: 64 },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    scale: {
      type: 'object',
      required: ['levels'],
      additionalProperties: false,
      properties: {
        levels: {
          type: 'array',
          minItems: 2,
          maxItems: 20,
          items: {
            type: 'object',
            required: ['value', 'name'],
            additionalProperties: false,
            properties: {
              value: { $ref: 'https://lp-elements.example/schema/definitions/level' },
              name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
              description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
            },
          },
        },
      },
    },
    groups: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: {
          id: { $ref: 'https://lp-elements.example/schema/definitions/token' },
          name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
          description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
        },
      },
    },
    skills: {
      type: 'array',
      minItems: 1,
      maxItems: 5000,
      items: { $ref: 'https://lp-elements.example/schema/definitions/skill' },
    },
  },
};
const schema11 = {
  $id: 'https://lp-elements.example/schema/definitions/iri',
  type: 'string',
  minLength: 1,
  maxLength: 2048,
  format: 'iri',
};
function validate31(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/iri" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 2048) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 2048 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: '#/minLength', keyword: 'minLength', params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
const schema12 = {
  $id: 'https://lp-elements.example/schema/definitions/httpUrl',
  type: 'string',
  maxLength: 2048,
  format: 'uri',
};
function validate35(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/httpUrl" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 2048) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 2048 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
const schema13 = {
  $id: 'https://lp-elements.example/schema/definitions/level',
  type: 'integer',
  minimum: 0,
  maximum: 100,
};
function validate37(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/level" */ let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  $id: 'https://lp-elements.example/schema/definitions/token',
  type: 'string',
  maxLength: 2048,
  pattern: '^\\S+$',
};
const pattern3 = new RegExp('^\\S+$', 'u');
function validate41(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/token" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 2048) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 2048 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern3.test(data)) {
      const err1 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^\\S+$' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
const schema15 = {
  $id: 'https://lp-elements.example/schema/definitions/skill',
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    group: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    esco: { $ref: 'https://lp-elements.example/schema/definitions/escoSkillUri' },
  },
};
const schema16 = {
  $id: 'https://lp-elements.example/schema/definitions/escoSkillUri',
  type: 'string',
  maxLength: 200,
  pattern: '^http://data\\.europa\\.eu/esco/skill/[A-Za-z0-9.-]+$',
};
const pattern5 = new RegExp('^http://data\\.europa\\.eu/esco/skill/[A-Za-z0-9.-]+$', 'u');
function validate50(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/escoSkillUri" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 200) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 200 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern5.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^http://data\\.europa\\.eu/esco/skill/[A-Za-z0-9.-]+$' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate45(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/skill" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'group' ||
        key0 === 'esco' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate31(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.group !== undefined) {
      if (!validate41(data.group, instancePath + '/group')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.esco !== undefined) {
      if (!validate50(data.esco, instancePath + '/esco')) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate30(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/framework" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.scale === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'scale' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.skills === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'skills' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'version' ||
        key0 === 'url' ||
        key0 === 'scale' ||
        key0 === 'groups' ||
        key0 === 'skills' ||
        pattern0.test(key0)
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate31(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== undefined) {
      let data3 = data.version;
      if (typeof data3 === 'string') {
        if (data3.length > 64) {
          const err5 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/properties/version/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.scale !== undefined) {
      let data5 = data.scale;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.levels === undefined) {
          const err7 = {
            instancePath: instancePath + '/scale',
            schemaPath: '#/properties/scale/required',
            keyword: 'required',
            params: { missingProperty: 'levels' },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === 'levels')) {
            const err8 = {
              instancePath: instancePath + '/scale',
              schemaPath: '#/properties/scale/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.levels !== undefined) {
          let data6 = data5.levels;
          if (Array.isArray(data6)) {
            if (data6.length > 20) {
              const err9 = {
                instancePath: instancePath + '/scale/levels',
                schemaPath: '#/properties/scale/properties/levels/maxItems',
                keyword: 'maxItems',
                params: { limit: 20 },
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data6.length < 2) {
              const err10 = {
                instancePath: instancePath + '/scale/levels',
                schemaPath: '#/properties/scale/properties/levels/minItems',
                keyword: 'minItems',
                params: { limit: 2 },
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                if (data7.value === undefined) {
                  const err11 = {
                    instancePath: instancePath + '/scale/levels/' + i0,
                    schemaPath: '#/properties/scale/properties/levels/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'value' },
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data7.name === undefined) {
                  const err12 = {
                    instancePath: instancePath + '/scale/levels/' + i0,
                    schemaPath: '#/properties/scale/properties/levels/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                for (const key2 in data7) {
                  if (!(key2 === 'value' || key2 === 'name' || key2 === 'description')) {
                    const err13 = {
                      instancePath: instancePath + '/scale/levels/' + i0,
                      schemaPath: '#/properties/scale/properties/levels/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                    };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data7.value !== undefined) {
                  if (!validate37(data7.value, instancePath + '/scale/levels/' + i0 + '/value')) {
                    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                    errors = vErrors.length;
                  }
                }
                if (data7.name !== undefined) {
                  if (!validate24(data7.name, instancePath + '/scale/levels/' + i0 + '/name')) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                }
                if (data7.description !== undefined) {
                  if (!validate27(data7.description, instancePath + '/scale/levels/' + i0 + '/description')) {
                    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err14 = {
                  instancePath: instancePath + '/scale/levels/' + i0,
                  schemaPath: '#/properties/scale/properties/levels/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/scale/levels',
              schemaPath: '#/properties/scale/properties/levels/type',
              keyword: 'type',
              params: { type: 'array' },
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/scale',
          schemaPath: '#/properties/scale/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.groups !== undefined) {
      let data11 = data.groups;
      if (Array.isArray(data11)) {
        if (data11.length > 200) {
          const err17 = {
            instancePath: instancePath + '/groups',
            schemaPath: '#/properties/groups/maxItems',
            keyword: 'maxItems',
            params: { limit: 200 },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.id === undefined) {
              const err18 = {
                instancePath: instancePath + '/groups/' + i1,
                schemaPath: '#/properties/groups/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data12.name === undefined) {
              const err19 = {
                instancePath: instancePath + '/groups/' + i1,
                schemaPath: '#/properties/groups/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === 'id' || key3 === 'name' || key3 === 'description')) {
                const err20 = {
                  instancePath: instancePath + '/groups/' + i1,
                  schemaPath: '#/properties/groups/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data12.id !== undefined) {
              if (!validate41(data12.id, instancePath + '/groups/' + i1 + '/id')) {
                vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                errors = vErrors.length;
              }
            }
            if (data12.name !== undefined) {
              if (!validate24(data12.name, instancePath + '/groups/' + i1 + '/name')) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
            if (data12.description !== undefined) {
              if (!validate27(data12.description, instancePath + '/groups/' + i1 + '/description')) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/groups/' + i1,
              schemaPath: '#/properties/groups/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/groups',
          schemaPath: '#/properties/groups/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.skills !== undefined) {
      let data16 = data.skills;
      if (Array.isArray(data16)) {
        if (data16.length > 5000) {
          const err23 = {
            instancePath: instancePath + '/skills',
            schemaPath: '#/properties/skills/maxItems',
            keyword: 'maxItems',
            params: { limit: 5000 },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data16.length < 1) {
          const err24 = {
            instancePath: instancePath + '/skills',
            schemaPath: '#/properties/skills/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate45(data16[i2], instancePath + '/skills/' + i2)) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/skills',
          schemaPath: '#/properties/skills/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
const schema17 = {
  $id: 'https://lp-elements.example/schema/definitions/profile',
  type: 'object',
  required: ['id', 'kind', 'name'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    kind: { enum: ['role', 'person', 'team', 'programme'] },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    levels: { $ref: 'https://lp-elements.example/schema/definitions/levels' },
    role: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    members: { type: 'array', maxItems: 5000, items: { $ref: 'https://lp-elements.example/schema/definitions/token' } },
  },
};
const schema18 = {
  $id: 'https://lp-elements.example/schema/definitions/levels',
  type: 'object',
  maxProperties: 5000,
  propertyNames: { maxLength: 2048 },
  additionalProperties: { $ref: 'https://lp-elements.example/schema/definitions/level' },
};
function validate58(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/levels" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length > 5000) {
      const err0 = { instancePath, schemaPath: '#/maxProperties', keyword: 'maxProperties', params: { limit: 5000 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length > 2048) {
          const err1 = {
            instancePath,
            schemaPath: '#/propertyNames/maxLength',
            keyword: 'maxLength',
            params: { limit: 2048 },
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate37(data[key1], instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'))) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate54(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/profile" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'kind' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'kind' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'levels' ||
        key0 === 'role' ||
        key0 === 'members' ||
        pattern0.test(key0)
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate41(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (!(data1 === 'role' || data1 === 'person' || data1 === 'team' || data1 === 'programme')) {
        const err4 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema17.properties.kind.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.levels !== undefined) {
      if (!validate58(data.levels, instancePath + '/levels')) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.role !== undefined) {
      if (!validate41(data.role, instancePath + '/role')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.members !== undefined) {
      let data6 = data.members;
      if (Array.isArray(data6)) {
        if (data6.length > 5000) {
          const err5 = {
            instancePath: instancePath + '/members',
            schemaPath: '#/properties/members/maxItems',
            keyword: 'maxItems',
            params: { limit: 5000 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate41(data6[i0], instancePath + '/members/' + i0)) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/members',
          schemaPath: '#/properties/members/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
const schema19 = {
  $id: 'https://lp-elements.example/schema/definitions/course',
  type: 'object',
  required: ['id', 'name', 'provider'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
    code: { type: 'string', minLength: 1, maxLength: 64 },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    provider: { $ref: 'https://lp-elements.example/schema/definitions/provider' },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    image: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    languages: { $ref: 'https://lp-elements.example/schema/definitions/languages' },
    mode: { $ref: 'https://lp-elements.example/schema/definitions/mode' },
    ects: { $ref: 'https://lp-elements.example/schema/definitions/ects' },
    eqfLevel: { $ref: 'https://lp-elements.example/schema/definitions/eqfLevel' },
    workload: { $ref: 'https://lp-elements.example/schema/definitions/duration' },
    prerequisites: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    instances: {
      type: 'array',
      maxItems: 500,
      items: { $ref: 'https://lp-elements.example/schema/definitions/instance' },
    },
    price: { $ref: 'https://lp-elements.example/schema/definitions/price' },
    credential: { $ref: 'https://lp-elements.example/schema/definitions/credential' },
    teaches: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['skill', 'level'],
        additionalProperties: false,
        properties: {
          skill: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
          level: { $ref: 'https://lp-elements.example/schema/definitions/level' },
        },
      },
    },
    fields: { type: 'array', maxItems: 50, items: { $ref: 'https://lp-elements.example/schema/definitions/keyword' } },
    audience: {
      type: 'array',
      maxItems: 10,
      items: { enum: ['researchers', 'professors', 'managers', 'engineers', 'learning-professionals'] },
    },
  },
};
const schema20 = {
  $id: 'https://lp-elements.example/schema/definitions/provider',
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    logo: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    country: { $ref: 'https://lp-elements.example/schema/definitions/country' },
  },
};
const schema21 = {
  $id: 'https://lp-elements.example/schema/definitions/country',
  type: 'string',
  pattern: '^[A-Z]{2}$',
};
const pattern9 = new RegExp('^[A-Z]{2}$', 'u');
function validate73(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/country" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern9.test(data)) {
      const err0 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[A-Z]{2}$' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate68(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/provider" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'url' ||
        key0 === 'logo' ||
        key0 === 'country' ||
        pattern0.test(key0)
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate31(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.logo !== undefined) {
      if (!validate35(data.logo, instancePath + '/logo')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.country !== undefined) {
      if (!validate73(data.country, instancePath + '/country')) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  $id: 'https://lp-elements.example/schema/definitions/languages',
  type: 'array',
  minItems: 1,
  maxItems: 30,
  items: { $ref: 'https://lp-elements.example/schema/definitions/languageTag' },
};
function validate78(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/languages" */ let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 30) {
      const err0 = { instancePath, schemaPath: '#/maxItems', keyword: 'maxItems', params: { limit: 30 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: '#/minItems', keyword: 'minItems', params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate22(data[i0], instancePath + '/' + i0)) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
const schema23 = { $id: 'https://lp-elements.example/schema/definitions/mode', enum: ['online', 'onsite', 'blended'] };
function validate81(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/mode" */ let vErrors = null;
  let errors = 0;
  if (!(data === 'online' || data === 'onsite' || data === 'blended')) {
    const err0 = { instancePath, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: schema23.enum } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  $id: 'https://lp-elements.example/schema/definitions/ects',
  type: 'number',
  minimum: 0,
  maximum: 300,
};
function validate83(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/ects" */ let vErrors = null;
  let errors = 0;
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 300 || isNaN(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 300 },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'number' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
const schema25 = {
  $id: 'https://lp-elements.example/schema/definitions/eqfLevel',
  type: 'integer',
  minimum: 1,
  maximum: 8,
};
function validate85(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/eqfLevel" */ let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'integer' } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == 'number' && isFinite(data)) {
    if (data > 8 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 8 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  $id: 'https://lp-elements.example/schema/definitions/duration',
  type: 'string',
  maxLength: 64,
  pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
};
const pattern10 = new RegExp(
  '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$',
  'u',
);
function validate87(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/duration" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 64) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 64 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern10.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  $id: 'https://lp-elements.example/schema/definitions/instance',
  type: 'object',
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    start: { $ref: 'https://lp-elements.example/schema/definitions/date' },
    end: { $ref: 'https://lp-elements.example/schema/definitions/date' },
    enrolUntil: { $ref: 'https://lp-elements.example/schema/definitions/date' },
    mode: { $ref: 'https://lp-elements.example/schema/definitions/mode' },
    languages: { $ref: 'https://lp-elements.example/schema/definitions/languages' },
    location: { $ref: 'https://lp-elements.example/schema/definitions/location' },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
  },
};
const schema28 = {
  $id: 'https://lp-elements.example/schema/definitions/date',
  type: 'string',
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
};
const pattern12 = new RegExp(
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
  'u',
);
function validate92(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/date" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 40) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 40 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern12.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  $id: 'https://lp-elements.example/schema/definitions/location',
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    address: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    country: { $ref: 'https://lp-elements.example/schema/definitions/country' },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
  },
};
function validate98(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/location" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'address' || key0 === 'country' || key0 === 'url')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.address !== undefined) {
      if (!validate24(data.address, instancePath + '/address')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.country !== undefined) {
      if (!validate73(data.country, instancePath + '/country')) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
function validate90(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/instance" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'start' ||
        key0 === 'end' ||
        key0 === 'enrolUntil' ||
        key0 === 'mode' ||
        key0 === 'languages' ||
        key0 === 'location' ||
        key0 === 'url' ||
        pattern0.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate41(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.start !== undefined) {
      if (!validate92(data.start, instancePath + '/start')) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.end !== undefined) {
      if (!validate92(data.end, instancePath + '/end')) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.enrolUntil !== undefined) {
      if (!validate92(data.enrolUntil, instancePath + '/enrolUntil')) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== undefined) {
      if (!validate81(data.mode, instancePath + '/mode')) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
    if (data.languages !== undefined) {
      if (!validate78(data.languages, instancePath + '/languages')) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.location !== undefined) {
      if (!validate98(data.location, instancePath + '/location')) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
const schema30 = {
  $id: 'https://lp-elements.example/schema/definitions/price',
  type: 'object',
  required: ['category'],
  additionalProperties: false,
  dependencies: { amount: ['currency'] },
  properties: {
    category: { enum: ['free', 'partially-free', 'paid', 'subscription'] },
    amount: { type: 'number', minimum: 0, maximum: 1000000000 },
    currency: { $ref: 'https://lp-elements.example/schema/definitions/currency' },
  },
};
const schema31 = {
  $id: 'https://lp-elements.example/schema/definitions/currency',
  type: 'string',
  pattern: '^[A-Z]{3}$',
};
const pattern13 = new RegExp('^[A-Z]{3}$', 'u');
function validate107(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/currency" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern13.test(data)) {
      const err0 = { instancePath, schemaPath: '#/pattern', keyword: 'pattern', params: { pattern: '^[A-Z]{3}$' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate107.errors = vErrors;
  return errors === 0;
}
function validate106(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/price" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.category === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'category' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'category' || key0 === 'amount' || key0 === 'currency')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      if (data.currency === undefined) {
        const err2 = {
          instancePath,
          schemaPath: '#/dependencies',
          keyword: 'dependencies',
          params: { property: 'amount', missingProperty: 'currency', depsCount: 1, deps: 'currency' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.category !== undefined) {
      let data0 = data.category;
      if (!(data0 === 'free' || data0 === 'partially-free' || data0 === 'paid' || data0 === 'subscription')) {
        const err3 = {
          instancePath: instancePath + '/category',
          schemaPath: '#/properties/category/enum',
          keyword: 'enum',
          params: { allowedValues: schema30.properties.category.enum },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1000000000 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (!validate107(data.currency, instancePath + '/currency')) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
const schema32 = {
  $id: 'https://lp-elements.example/schema/definitions/credential',
  type: 'object',
  required: ['kind', 'name'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    kind: { enum: ['certificate', 'micro-credential', 'badge', 'degree', 'attendance'] },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    url: { $ref: 'https://lp-elements.example/schema/definitions/httpUrl' },
    ects: { $ref: 'https://lp-elements.example/schema/definitions/ects' },
    eqfLevel: { $ref: 'https://lp-elements.example/schema/definitions/eqfLevel' },
    assessment: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    qualityAssurance: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    stackable: { type: 'boolean' },
  },
};
function validate110(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/credential" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'kind' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema32.properties, key0) || pattern0.test(key0))) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (!(
        data0 === 'certificate' ||
        data0 === 'micro-credential' ||
        data0 === 'badge' ||
        data0 === 'degree' ||
        data0 === 'attendance'
      )) {
        const err3 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.kind.enum },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.ects !== undefined) {
      if (!validate83(data.ects, instancePath + '/ects')) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.eqfLevel !== undefined) {
      if (!validate85(data.eqfLevel, instancePath + '/eqfLevel')) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
    if (data.assessment !== undefined) {
      if (!validate24(data.assessment, instancePath + '/assessment')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.qualityAssurance !== undefined) {
      if (!validate24(data.qualityAssurance, instancePath + '/qualityAssurance')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackable !== undefined) {
      if (typeof data.stackable !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/stackable',
          schemaPath: '#/properties/stackable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
const schema33 = {
  $id: 'https://lp-elements.example/schema/definitions/keyword',
  type: 'string',
  maxLength: 64,
  pattern: '^[a-z][a-z0-9-]*$',
};
const pattern15 = new RegExp('^[a-z][a-z0-9-]*$', 'u');
function validate121(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/keyword" */ let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 64) {
      const err0 = { instancePath, schemaPath: '#/maxLength', keyword: 'maxLength', params: { limit: 64 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern15.test(data)) {
      const err1 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z][a-z0-9-]*$' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
function validate64(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/course" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema19.properties, key0) || pattern0.test(key0))) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate31(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.code !== undefined) {
      let data1 = data.code;
      if (typeof data1 === 'string') {
        if (data1.length > 64) {
          const err4 = {
            instancePath: instancePath + '/code',
            schemaPath: '#/properties/code/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + '/code',
            schemaPath: '#/properties/code/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider !== undefined) {
      if (!validate68(data.provider, instancePath + '/provider')) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined) {
      if (!validate35(data.url, instancePath + '/url')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.image !== undefined) {
      if (!validate35(data.image, instancePath + '/image')) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.languages !== undefined) {
      if (!validate78(data.languages, instancePath + '/languages')) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== undefined) {
      if (!validate81(data.mode, instancePath + '/mode')) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
    if (data.ects !== undefined) {
      if (!validate83(data.ects, instancePath + '/ects')) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.eqfLevel !== undefined) {
      if (!validate85(data.eqfLevel, instancePath + '/eqfLevel')) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
    if (data.workload !== undefined) {
      if (!validate87(data.workload, instancePath + '/workload')) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.prerequisites !== undefined) {
      if (!validate27(data.prerequisites, instancePath + '/prerequisites')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.instances !== undefined) {
      let data13 = data.instances;
      if (Array.isArray(data13)) {
        if (data13.length > 500) {
          const err7 = {
            instancePath: instancePath + '/instances',
            schemaPath: '#/properties/instances/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate90(data13[i0], instancePath + '/instances/' + i0)) {
            vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/instances',
          schemaPath: '#/properties/instances/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.price !== undefined) {
      if (!validate106(data.price, instancePath + '/price')) {
        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
        errors = vErrors.length;
      }
    }
    if (data.credential !== undefined) {
      if (!validate110(data.credential, instancePath + '/credential')) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.teaches !== undefined) {
      let data17 = data.teaches;
      if (Array.isArray(data17)) {
        if (data17.length > 500) {
          const err9 = {
            instancePath: instancePath + '/teaches',
            schemaPath: '#/properties/teaches/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            if (data18.skill === undefined) {
              const err10 = {
                instancePath: instancePath + '/teaches/' + i1,
                schemaPath: '#/properties/teaches/items/required',
                keyword: 'required',
                params: { missingProperty: 'skill' },
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data18.level === undefined) {
              const err11 = {
                instancePath: instancePath + '/teaches/' + i1,
                schemaPath: '#/properties/teaches/items/required',
                keyword: 'required',
                params: { missingProperty: 'level' },
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data18) {
              if (!(key1 === 'skill' || key1 === 'level')) {
                const err12 = {
                  instancePath: instancePath + '/teaches/' + i1,
                  schemaPath: '#/properties/teaches/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data18.skill !== undefined) {
              if (!validate31(data18.skill, instancePath + '/teaches/' + i1 + '/skill')) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
            }
            if (data18.level !== undefined) {
              if (!validate37(data18.level, instancePath + '/teaches/' + i1 + '/level')) {
                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/teaches/' + i1,
              schemaPath: '#/properties/teaches/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/teaches',
          schemaPath: '#/properties/teaches/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.fields !== undefined) {
      let data21 = data.fields;
      if (Array.isArray(data21)) {
        if (data21.length > 50) {
          const err15 = {
            instancePath: instancePath + '/fields',
            schemaPath: '#/properties/fields/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate121(data21[i2], instancePath + '/fields/' + i2)) {
            vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/fields',
          schemaPath: '#/properties/fields/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.audience !== undefined) {
      let data23 = data.audience;
      if (Array.isArray(data23)) {
        if (data23.length > 10) {
          const err17 = {
            instancePath: instancePath + '/audience',
            schemaPath: '#/properties/audience/maxItems',
            keyword: 'maxItems',
            params: { limit: 10 },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len3 = data23.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data24 = data23[i3];
          if (!(
            data24 === 'researchers' ||
            data24 === 'professors' ||
            data24 === 'managers' ||
            data24 === 'engineers' ||
            data24 === 'learning-professionals'
          )) {
            const err18 = {
              instancePath: instancePath + '/audience/' + i3,
              schemaPath: '#/properties/audience/items/enum',
              keyword: 'enum',
              params: { allowedValues: schema19.properties.audience.items.enum },
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/audience',
          schemaPath: '#/properties/audience/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  $id: 'https://lp-elements.example/schema/definitions/track',
  type: 'object',
  required: ['id', 'name', 'steps'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/iri' },
    name: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    description: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: { $ref: 'https://lp-elements.example/schema/definitions/step' },
    },
  },
};
const schema35 = {
  $id: 'https://lp-elements.example/schema/definitions/step',
  type: 'object',
  required: ['id', 'title'],
  additionalProperties: false,
  patternProperties: { '^x-': true },
  properties: {
    id: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    title: { $ref: 'https://lp-elements.example/schema/definitions/shortText' },
    summary: { $ref: 'https://lp-elements.example/schema/definitions/longText' },
    requires: { $ref: 'https://lp-elements.example/schema/definitions/token' },
    courses: { type: 'array', maxItems: 200, items: { $ref: 'https://lp-elements.example/schema/definitions/iri' } },
    credential: { $ref: 'https://lp-elements.example/schema/definitions/credential' },
    duration: { $ref: 'https://lp-elements.example/schema/definitions/duration' },
    optional: { type: 'boolean' },
    next: { type: 'array', maxItems: 50, items: { $ref: 'https://lp-elements.example/schema/definitions/token' } },
  },
};
function validate128(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/step" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'title' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func2.call(schema35.properties, key0) || pattern0.test(key0))) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate41(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate24(data.title, instancePath + '/title')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.summary !== undefined) {
      if (!validate27(data.summary, instancePath + '/summary')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.requires !== undefined) {
      if (!validate41(data.requires, instancePath + '/requires')) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.courses !== undefined) {
      let data4 = data.courses;
      if (Array.isArray(data4)) {
        if (data4.length > 200) {
          const err3 = {
            instancePath: instancePath + '/courses',
            schemaPath: '#/properties/courses/maxItems',
            keyword: 'maxItems',
            params: { limit: 200 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate31(data4[i0], instancePath + '/courses/' + i0)) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/courses',
          schemaPath: '#/properties/courses/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.credential !== undefined) {
      if (!validate110(data.credential, instancePath + '/credential')) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.duration !== undefined) {
      if (!validate87(data.duration, instancePath + '/duration')) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== undefined) {
      if (typeof data.optional !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/optional',
          schemaPath: '#/properties/optional/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.next !== undefined) {
      let data9 = data.next;
      if (Array.isArray(data9)) {
        if (data9.length > 50) {
          const err6 = {
            instancePath: instancePath + '/next',
            schemaPath: '#/properties/next/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate41(data9[i1], instancePath + '/next/' + i1)) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/next',
          schemaPath: '#/properties/next/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
function validate124(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/definitions/track" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'id' } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = { instancePath, schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'name' } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.steps === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'steps' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'id' || key0 === 'name' || key0 === 'description' || key0 === 'steps' || pattern0.test(key0))) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (!validate31(data.id, instancePath + '/id')) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate24(data.name, instancePath + '/name')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.steps !== undefined) {
      let data3 = data.steps;
      if (Array.isArray(data3)) {
        if (data3.length > 500) {
          const err4 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/maxItems',
            keyword: 'maxItems',
            params: { limit: 500 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err5 = {
            instancePath: instancePath + '/steps',
            schemaPath: '#/properties/steps/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate128(data3[i0], instancePath + '/steps/' + i0)) {
            vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/steps',
          schemaPath: '#/properties/steps/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
function validate21(data, instancePath = '') {
  /*# sourceURL="https://lp-elements.example/schema/data-document.schema.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func2.call(schema6.properties, key0) || pattern0.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 === 'string') {
        if (data0.length > 2048) {
          const err1 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/maxLength',
            keyword: 'maxLength',
            params: { limit: 2048 },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$comment !== undefined) {
      let data1 = data.$comment;
      if (typeof data1 === 'string') {
        if (data1.length > 20000) {
          const err3 = {
            instancePath: instancePath + '/$comment',
            schemaPath: '#/properties/%24comment/maxLength',
            keyword: 'maxLength',
            params: { limit: 20000 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/$comment',
          schemaPath: '#/properties/%24comment/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lang !== undefined) {
      if (!validate22(data.lang, instancePath + '/lang')) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.title !== undefined) {
      if (!validate24(data.title, instancePath + '/title')) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== undefined) {
      if (!validate27(data.description, instancePath + '/description')) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.frameworks !== undefined) {
      let data5 = data.frameworks;
      if (Array.isArray(data5)) {
        if (data5.length > 100) {
          const err5 = {
            instancePath: instancePath + '/frameworks',
            schemaPath: '#/properties/frameworks/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate30(data5[i0], instancePath + '/frameworks/' + i0)) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/frameworks',
          schemaPath: '#/properties/frameworks/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.profiles !== undefined) {
      let data7 = data.profiles;
      if (Array.isArray(data7)) {
        if (data7.length > 20000) {
          const err7 = {
            instancePath: instancePath + '/profiles',
            schemaPath: '#/properties/profiles/maxItems',
            keyword: 'maxItems',
            params: { limit: 20000 },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate54(data7[i1], instancePath + '/profiles/' + i1)) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/profiles',
          schemaPath: '#/properties/profiles/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.courses !== undefined) {
      let data9 = data.courses;
      if (Array.isArray(data9)) {
        if (data9.length > 50000) {
          const err9 = {
            instancePath: instancePath + '/courses',
            schemaPath: '#/properties/courses/maxItems',
            keyword: 'maxItems',
            params: { limit: 50000 },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate64(data9[i2], instancePath + '/courses/' + i2)) {
            vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/courses',
          schemaPath: '#/properties/courses/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tracks !== undefined) {
      let data11 = data.tracks;
      if (Array.isArray(data11)) {
        if (data11.length > 100) {
          const err11 = {
            instancePath: instancePath + '/tracks',
            schemaPath: '#/properties/tracks/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate124(data11[i3], instancePath + '/tracks/' + i3)) {
            vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/tracks',
          schemaPath: '#/properties/tracks/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export const validateCourse = validate64;
export const MAX_COURSES = 50000;
export const PROPERTIES_AFTER_COURSES = ['tracks'];
export const PATTERN_PROBLEMS = {
  '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$': 'invalid-language-tag',
  '^\\S+$': 'invalid-id',
  '^[a-z][a-z0-9-]*$': 'invalid-keyword',
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$': 'invalid-date',
  '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$': 'invalid-duration',
  '^[A-Z]{3}$': 'invalid-currency',
  '^[A-Z]{2}$': 'invalid-country',
  '^http://data\\.europa\\.eu/esco/skill/[A-Za-z0-9.-]+$': 'invalid-esco-uri',
};
