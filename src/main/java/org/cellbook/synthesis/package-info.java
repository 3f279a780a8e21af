@NullMarked
package org.cellbook.synthesis;

import org.jspecify.annotations.NullMarked;
