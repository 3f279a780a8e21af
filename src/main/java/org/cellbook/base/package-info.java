@NullMarked
package org.cellbook.base;

import org.jspecify.annotations.NullMarked;
